/** A certificate that could not be read, as a finding: the file's problem and what to do about it. */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { Message, MessageValue } from '../messages.js';
import { errorValue, type AppError } from '../result.js';
import type { CertificateRole } from './check-certificate.js';

const exportAgain: Record<CertificateRole, Message> = {
  'oauth-issuer': msg('cert.unreadable.fix.oauth-issuer', { command: 'Get-CsCertificate -Type OAuthTokenIssuer' }),
  'exchange-auth': msg('cert.unreadable.fix.exchange-auth', { command: '(Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | Format-List' }),
  tls: msg('cert.unreadable.fix.tls'),
};

/**
 * `severity` of an unreadable algorithm: an error where the role needs RSA (token signing), a warning for TLS,
 * where EC certificates are legitimate and only this tool cannot read them. `reason` says what went wrong: the
 * loader's message (English), unless the caller has it as a message.
 */
export function loadErrorFinding(error: AppError, role: CertificateRole, subject: string, reason: MessageValue = errorValue(error)): Finding {
  switch (error.code) {
    case 'cert.password-required':
      return finding('cert.password-required', 'error', {
        subject,
        detail: msg('cert.password-required.detail', { reason }),
        fix: msg('cert.password-required.fix', { option: '--password-env VAR' }),
      });
    case 'cert.password-wrong':
      return finding('cert.password-wrong', 'error', {
        subject,
        detail: msg('cert.password-wrong.detail', { reason }),
        fix: msg('cert.password-wrong.fix'),
      });
    case 'cert.unsupported-algorithm':
      return unsupportedAlgorithmFinding(reason, role, subject);
    default:
      return finding('cert.unreadable', 'error', { subject, detail: msg('cert.unreadable.detail', { reason }), fix: exportAgain[role] });
  }
}

export function unsupportedAlgorithmFinding(reason: MessageValue, role: CertificateRole, subject: string): Finding {
  return finding('cert.unsupported-algorithm', role === 'tls' ? 'warning' : 'error', {
    subject,
    detail: msg('cert.unsupported-algorithm.detail', { reason }),
    fix: msg(role === 'tls' ? 'cert.unsupported-algorithm.fix.tls' : 'cert.unsupported-algorithm.fix.signing'),
  });
}
