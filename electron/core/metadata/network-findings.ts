/**
 * What a failed fetch of a metadata document means, as findings. The servers themselves fetch these documents
 * (Exchange fetches Lync's when the partner application is created, Lync's Front Ends fetch Exchange's), so each
 * fix says what the servers need too (domain.md §3.3, §6 F1, F2).
 */
import { finding, type Finding } from '../findings.js';
import type { NetError, TlsRejection } from '../net/net-error.js';
import type { PresentedCertificateFacts } from '../net/presented-certificate.js';
import type { MetadataRole } from './well-known-services.js';

const fetchedBy: Record<MetadataRole, string> = {
  lync: 'Exchange downloads this document when the Lync partner application is created (Configure-EnterprisePartnerApplication.ps1), so every Exchange server must reach it too.',
  exchange: "Every Lync Front End downloads this document (New-CsPartnerApplication -MetadataUrl), so they must reach it too; Autodiscover's name must resolve inside the network.",
};

function whoElse(role: MetadataRole | null): string {
  return role ? ` ${fetchedBy[role]}` : '';
}

/** `metadata.too-large`, from the network or from a file: one place. */
export function tooLargeFinding(subject: string, detail: string): Finding {
  return finding('metadata.too-large', 'error', {
    subject,
    detail,
    fix: 'Check the URL or file: a metadata document is a few kilobytes. A proxy or an error page may answer instead of the service.',
  });
}

export function describePresented(leaf: PresentedCertificateFacts): string {
  const names = leaf.subjectAlternativeNames.length > 0 ? leaf.subjectAlternativeNames.join(', ') : 'none';
  return `Presented: ${leaf.subject}, issued by ${leaf.issuer}; names ${names}; valid ${leaf.notBefore.slice(0, 10)} to ${leaf.notAfter.slice(0, 10)}; SHA-256 ${leaf.sha256Fingerprint}.`;
}

function tlsFix(rejection: TlsRejection, role: MetadataRole | null, host: string, leaf: PresentedCertificateFacts | undefined): string {
  const servers =
    role === 'lync'
      ? "Exchange must trust it as well: import the CA into the Trusted Root Certification Authorities of every Exchange server (-TrustAnySSLCertificate $true is a last resort Microsoft does not recommend in production)."
      : role === 'exchange'
        ? "Every Lync Front End must trust it as well (Lync has no switch to trust any certificate): import the CA into the Trusted Root Certification Authorities of each Front End."
        : 'The servers that fetch this document must trust it as well.';
  switch (rejection) {
    case 'unknown-ca':
    case 'self-signed':
      return `If you know this certificate (compare its SHA-256 fingerprint with the server's), trust it here: import its CA (the project's trusted CA files, or --ca FILE), or pin this endpoint's certificate by its fingerprint. ${servers}`;
    case 'wrong-host':
      return `The certificate must name ${host}${leaf ? ` (it names ${leaf.subjectAlternativeNames.join(', ') || leaf.subject})` : ''}: issue one whose subject alternative names include ${host} and bind it to ${role === 'exchange' ? 'IIS on the Exchange servers (Enable-ExchangeCertificate -Services IIS)' : role === 'lync' ? "the pool's web services (Set-CsCertificate -Type WebServicesInternal)" : 'the server'}; or use the name the certificate holds.`;
    case 'expired':
    case 'not-yet-valid':
      return `Renew the certificate ${host} presents (and check the clock of this computer). ${servers}`;
    case 'pin-mismatch':
      return "The endpoint no longer presents the certificate pinned for it: it was renewed, or something intercepts the connection. Compare the new fingerprint with the server's certificate (Get-ExchangeCertificate / Get-CsCertificate), then pin it again or import its CA.";
    case 'other':
      return `Check the certificate chain ${host} presents. ${servers}`;
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
        detail: `${error.message}${whoElse(role)}`,
        fix: `Check that ${host} resolves from this computer (Resolve-DnsName ${host}) and that port 443 is open to it; fix the DNS record or the firewall.`,
      });
    case 'net.timeout':
      return finding('metadata.timeout', 'error', {
        subject,
        detail: `${error.message}${whoElse(role)}`,
        fix: `Check that ${host} answers on port 443 from this computer (Test-NetConnection ${host} -Port 443); a firewall that drops packets makes a connection hang instead of failing. Raise the timeout only for a slow but working link.`,
      });
    case 'net.tls-untrusted': {
      const leaf = error.presented?.chain[0];
      return finding('metadata.tls-untrusted', 'error', {
        subject,
        detail: `${error.message}${leaf ? ` ${describePresented(leaf)}` : ' The certificate could not be read.'}`,
        fix: tlsFix(error.tlsRejection ?? 'other', role, host, leaf),
      });
    }
    case 'net.too-large':
      return tooLargeFinding(subject, error.message);
    case 'net.redirect-refused':
      return finding('metadata.redirect-refused', 'error', {
        subject,
        detail: `${error.message} Exchange and Lync fetch the document at the URL they are given.`,
        fix: 'Use the final URL directly, over https (a redirect away from https could let anyone on the way replace the keys).',
      });
    case 'net.aborted':
    case 'net.invalid-url':
    case 'net.not-https':
      return null;
  }
}

/** Any answer other than 200: the document was not published at this URL (domain.md §6 F1). */
export function httpStatusFinding(url: string, status: number, statusText: string, contentType: string | null, role: MetadataRole | null): Finding {
  const hints: Record<number, string> = {
    401: 'The endpoint asks for authentication, but Exchange and Lync fetch it anonymously: allow anonymous access to it.',
    403: 'The endpoint refuses anonymous access, but Exchange and Lync fetch it anonymously: allow anonymous access to it.',
    404:
      role === 'exchange'
        ? "Nothing is published at this path: Exchange's is /autodiscover/metadata/json/1 (Microsoft's New-CsPartnerApplication example leaves out /autodiscover)."
        : role === 'lync'
          ? "Nothing is published at this path: Lync's is https://<pool FQDN>/metadata/json/1."
          : 'Nothing is published at this path.',
  };
  return finding('metadata.http-status', 'error', {
    subject: url,
    detail: `${url} answered ${status}${statusText ? ` ${statusText}` : ''}${contentType ? ` (${contentType})` : ''}, not 200 OK.`,
    fix: hints[status] ?? (status >= 500 ? 'The server failed: check the web server\'s event log and the IIS logs for this request.' : 'Check the URL and what answers at it.'),
  });
}
