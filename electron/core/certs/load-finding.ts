/** A certificate that could not be read, as a finding: the file's problem and what to do about it. */
import { finding, type Finding } from '../findings.js';
import type { AppError } from '../result.js';
import type { CertificateRole } from './check-certificate.js';

const exportAgain: Record<CertificateRole, string> = {
  'oauth-issuer':
    "Export the certificate again from the Front End's computer store (certlm.msc → Personal → Certificates → All Tasks → Export): DER or Base-64 .cer to check it, .pfx with the private key to import it. Get-CsCertificate -Type OAuthTokenIssuer shows which one is assigned.",
  'exchange-auth':
    "Export the certificate again from an Exchange server's computer store (certlm.msc) as DER or Base-64 .cer. (Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | Format-List shows which one is in use.",
  tls: 'Export the certificate again (DER or Base-64 .cer, or PEM).',
};

/**
 * `severity` of an unreadable algorithm: an error where the role needs RSA (token signing), a warning for TLS,
 * where EC certificates are legitimate and only this tool cannot read them.
 */
export function loadErrorFinding(error: AppError, role: CertificateRole, subject: string): Finding {
  switch (error.code) {
    case 'cert.password-required':
      return finding('cert.password-required', 'error', {
        subject,
        detail: error.message,
        fix: 'Enter the PFX password (in the wizard it stays in memory and is never saved); on the command line put it in an environment variable and name it with --password-env VAR.',
      });
    case 'cert.password-wrong':
      return finding('cert.password-wrong', 'error', {
        subject,
        detail: error.message,
        fix: 'Enter the password the PFX was exported with. If nobody knows it, export the certificate again with a new password.',
      });
    case 'cert.unsupported-algorithm':
      return unsupportedAlgorithmFinding(error.message, role, subject);
    default:
      return finding('cert.unreadable', 'error', { subject, detail: error.message, fix: exportAgain[role] });
  }
}

export function unsupportedAlgorithmFinding(detail: string, role: CertificateRole, subject: string): Finding {
  return finding('cert.unsupported-algorithm', role === 'tls' ? 'warning' : 'error', {
    subject,
    detail,
    fix:
      role === 'tls'
        ? 'Nothing to fix on the server for TLS itself: EC certificates are fine there. This tool cannot read them, so check the expiry, names and chain of this certificate with another tool.'
        : 'Lync and Exchange sign server-to-server tokens with RSA: use an RSA certificate of 2048 bits or more.',
  });
}
