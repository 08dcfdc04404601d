/**
 * What a failed fetch of a metadata document means, as findings. The servers themselves fetch these documents
 * (Exchange fetches Lync's when the partner application is created, Lync's Front Ends fetch Exchange's), so each
 * fix says what the servers need too (domain.md §3.3, §6 F1, F2).
 */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { errorValue } from '../result.js';
import type { Message, MessageValue } from '../messages.js';
import type { NetError, TlsRejection } from '../net/net-error.js';
import type { PresentedCertificateFacts } from '../net/presented-certificate.js';
import type { MetadataRole } from './well-known-services.js';

const fetchedBy: Record<MetadataRole, Message> = {
  lync: msg('metadata.fetched-by.lync', { command: 'Configure-EnterprisePartnerApplication.ps1' }),
  exchange: msg('metadata.fetched-by.exchange', { command: 'New-CsPartnerApplication -MetadataUrl' }),
};

/** `metadata.too-large`, from the network or from a file: one place. */
export function tooLargeFinding(subject: string, reason: MessageValue): Finding {
  return finding('metadata.too-large', 'error', {
    subject,
    detail: msg('metadata.too-large.detail', { reason }),
    fix: msg('metadata.too-large.fix'),
  });
}

function describePresented(leaf: PresentedCertificateFacts): Message {
  const facts = {
    subject: leaf.subject,
    issuer: leaf.issuer,
    notBefore: { day: leaf.notBefore.slice(0, 10) },
    notAfter: { day: leaf.notAfter.slice(0, 10) },
    fingerprint: leaf.sha256Fingerprint,
  };
  return leaf.subjectAlternativeNames.length > 0
    ? msg('metadata.tls-untrusted.presented', { ...facts, names: leaf.subjectAlternativeNames.join(', ') })
    : msg('metadata.tls-untrusted.presented.no-names', facts);
}

const bindings: Record<MetadataRole | 'other', Message> = {
  exchange: msg('metadata.tls-untrusted.binding.exchange', { command: 'Enable-ExchangeCertificate -Services IIS' }),
  lync: msg('metadata.tls-untrusted.binding.lync', { command: 'Set-CsCertificate -Type WebServicesInternal' }),
  other: msg('metadata.tls-untrusted.binding.other'),
};

function tlsFix(rejection: TlsRejection, role: MetadataRole | null, host: string, leaf: PresentedCertificateFacts | undefined): Message {
  const servers: MessageValue =
    role === 'lync'
      ? msg('metadata.tls-untrusted.servers.lync', { option: '-TrustAnySSLCertificate $true' })
      : role === 'exchange'
        ? msg('metadata.tls-untrusted.servers.exchange')
        : msg('metadata.tls-untrusted.servers.other');
  switch (rejection) {
    case 'unknown-ca':
    case 'self-signed':
      return msg('metadata.tls-untrusted.fix.unknown-ca', { option: '--ca FILE', servers });
    case 'wrong-host': {
      const binding = bindings[role ?? 'other'];
      return leaf
        ? msg('metadata.tls-untrusted.fix.wrong-host.names', { host, names: leaf.subjectAlternativeNames.join(', ') || leaf.subject, binding })
        : msg('metadata.tls-untrusted.fix.wrong-host', { host, binding });
    }
    case 'expired':
    case 'not-yet-valid':
      return msg('metadata.tls-untrusted.fix.expired', { host, servers });
    case 'pin-mismatch':
      return msg('metadata.tls-untrusted.fix.pin-mismatch', { commands: 'Get-ExchangeCertificate / Get-CsCertificate' });
    case 'other':
      return msg('metadata.tls-untrusted.fix.other', { host, servers });
  }
}

/** The finding of a failed fetch; null for a cancelled one (not a finding: the user stopped it). */
export function networkFinding(error: NetError, role: MetadataRole | null): Finding | null {
  const subject = error.url;
  const host = (() => {
    try {
      return new URL(error.url).hostname;
    } catch {
      return error.url;
    }
  })();
  switch (error.code) {
    case 'net.unreachable':
      return finding('metadata.unreachable', 'error', {
        subject,
        // The network's reason, and who else fetches the document when the side is known.
        detail: role
          ? msg('metadata.unreachable.detail.fetched-by', { reason: errorValue(error), fetchedBy: fetchedBy[role] })
          : msg('metadata.unreachable.detail', { reason: errorValue(error) }),
        fix: msg('metadata.unreachable.fix', { host, command: `Resolve-DnsName ${host}` }),
      });
    case 'net.timeout':
      return finding('metadata.timeout', 'error', {
        subject,
        detail: role
          ? msg('metadata.timeout.detail.fetched-by', { reason: errorValue(error), fetchedBy: fetchedBy[role] })
          : msg('metadata.timeout.detail', { reason: errorValue(error) }),
        fix: msg('metadata.timeout.fix', { host, command: `Test-NetConnection ${host} -Port 443` }),
      });
    case 'net.tls-untrusted': {
      const leaf = error.presented?.chain[0];
      return finding('metadata.tls-untrusted', 'error', {
        subject,
        detail: leaf
          ? msg('metadata.tls-untrusted.detail', { reason: errorValue(error), presented: describePresented(leaf) })
          : msg('metadata.tls-untrusted.detail.unreadable', { reason: errorValue(error) }),
        fix: tlsFix(error.tlsRejection ?? 'other', role, host, leaf),
      });
    }
    case 'net.too-large':
      return tooLargeFinding(subject, errorValue(error));
    case 'net.redirect-refused':
      return finding('metadata.redirect-refused', 'error', {
        subject,
        detail: msg('metadata.redirect-refused.detail', { reason: errorValue(error) }),
        fix: msg('metadata.redirect-refused.fix'),
      });
    case 'net.aborted':
    case 'net.invalid-url':
    case 'net.not-https':
      return null;
  }
}

function httpStatusFix(status: number, role: MetadataRole | null): Message {
  if (status === 401) return msg('metadata.http-status.fix.401');
  if (status === 403) return msg('metadata.http-status.fix.403');
  if (status === 404) {
    if (role === 'exchange') return msg('metadata.http-status.fix.404.exchange', { path: '/autodiscover/metadata/json/1' });
    if (role === 'lync') return msg('metadata.http-status.fix.404.lync', { url: 'https://<pool FQDN>/metadata/json/1' });
    return msg('metadata.http-status.fix.404');
  }
  return status >= 500 ? msg('metadata.http-status.fix.server-error') : msg('metadata.http-status.fix.other');
}

/** Any answer other than 200: the document was not published at this URL (domain.md §6 F1). */
export function httpStatusFinding(url: string, status: number, statusText: string, contentType: string | null, role: MetadataRole | null): Finding {
  // What came back, as the server said it: status, reason phrase, content type.
  const answer = `${status}${statusText ? ` ${statusText}` : ''}${contentType ? ` (${contentType})` : ''}`;
  return finding('metadata.http-status', 'error', {
    subject: url,
    detail: msg('metadata.http-status.detail', { url, answer }),
    fix: httpStatusFix(status, role),
  });
}
