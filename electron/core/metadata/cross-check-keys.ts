/**
 * The keys of a metadata document against the certificate the project holds for that side: Lync's document must
 * publish the OAuthTokenIssuer certificate, Exchange's the Exchange Auth certificate (domain.md §6 F3, F4, F12).
 * With the server's imported state, also against the thumbprints that side actually signs with (Exchange's
 * AuthConfig current/next, Lync's OAuthTokenIssuer: state-thumbprints.ts).
 */
import type { CertificateFacts } from '../certs/x509.js';
import { finding, type Finding } from '../findings.js';
import type { MetadataDocument } from './metadata-document.js';
import type { MetadataRole } from './well-known-services.js';

/** A certificate to compare with, as the caller could read it. */
export type ComparedCertificate = { file: string; facts: CertificateFacts } | { file: string; unreadable: string };

/** The thumbprints a server signs with, as its imported state says, and where that came from (named in findings). */
export interface ServerThumbprints {
  /** E.g. "Exchange's AuthConfig (exchange-state.json)". */
  source: string;
  /** 40 upper-case hex digits each; at least one. */
  thumbprints: string[];
}

export interface KeyMatch {
  keyIndex: number;
  file: string;
  thumbprint: string;
}

export interface CrossCheck {
  findings: Finding[];
  matches: KeyMatch[];
}

const certificateName: Record<MetadataRole, string> = {
  lync: 'Lync OAuthTokenIssuer certificate',
  exchange: 'Exchange Auth certificate',
};

/** How to make the service sign with, and publish, `thumbprint`; then `last`, what to do when the published key is right. */
function mismatchFix(role: MetadataRole | null, thumbprint: string, metadataUrl: string | null, last: { lync: string; exchange: string }): string {
  if (role === 'lync') {
    return [
      `If ${thumbprint} is the certificate Lync must sign with, assign it once for the whole deployment (Lync Server Management Shell, on one Front End):`,
      `  Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${thumbprint}`,
      '  (Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path <file.pfx> -Password <password> when it is not in the Front End\'s store yet)',
      'then make Exchange read the new key (Exchange Management Shell):',
      "  Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' } | ForEach-Object { Set-PartnerApplication -Identity $_.Identity -RefreshAuthMetadata }",
      last.lync,
    ].join('\n');
  }
  if (role === 'exchange') {
    return [
      `If ${thumbprint} is the Auth certificate Exchange must sign with (Exchange Management Shell):`,
      `  Set-AuthConfig -NewCertificateThumbprint ${thumbprint} -NewCertificateEffectiveDate (Get-Date)`,
      '  Set-AuthConfig -PublishCertificate',
      '  then restart MSExchangeServiceHost and run iisreset; publishing can take up to an hour.',
      'then make Lync read the new key (Lync Server Management Shell; the identity Get-CsPartnerApplication shows for Exchange):',
      `  Set-CsPartnerApplication -Identity Exchange -MetadataUrl '${metadataUrl ?? 'https://<Autodiscover FQDN>/autodiscover/metadata/json/1'}'`,
      last.exchange,
    ].join('\n');
  }
  return 'Compare the thumbprints: the service signs with the certificate its document publishes. Give the certificate that document publishes, or make the service publish yours.';
}

const projectLast = {
  lync: 'If the key the pool publishes is the right one, give the project that certificate instead.',
  exchange: 'If the key Exchange publishes is the right one, give the project that certificate instead.',
};
const fetchAgainFirst = 'A saved copy of the document may be older than the certificate: fetch the document again before changing anything.';
const serverLast = { lync: fetchAgainFirst, exchange: fetchAgainFirst };

export function crossCheckKeys(
  document: MetadataDocument,
  role: MetadataRole | null,
  certificates: readonly ComparedCertificate[],
  context: { subject: string; metadataUrl: string | null; inUse?: ServerThumbprints | null },
): CrossCheck {
  const readable = document.keys.filter((key) => key.certificate !== null);
  const findings: Finding[] = [];
  const matches: KeyMatch[] = [];
  const what = role ? certificateName[role] : 'certificate';
  const published = () => readable.map((key) => `keys[${key.index}] ${key.certificate?.thumbprint} (x5t ${key.certificate?.x5t}, expires ${key.certificate?.notAfter.slice(0, 10)})`).join('; ');
  const mismatch = (detail: string, fix: string) =>
    finding('metadata.key-mismatch', 'error', {
      subject: context.subject,
      detail: `${detail} The partner verifies tokens with the published key: with the wrong one, every token is rejected (it works, then breaks after a certificate roll on either side).`,
      fix,
    });
  for (const certificate of certificates) {
    if ('unreadable' in certificate) {
      findings.push(
        finding('metadata.key-not-compared', 'info', {
          subject: certificate.file,
          detail: `The document's keys were not compared with the ${what} ${certificate.file}: ${certificate.unreadable}`,
          fix: 'Give the public certificate (.cer or .pem, no password needed) for the comparison, or compare the thumbprints yourself.',
        }),
      );
      continue;
    }
    if (readable.length === 0) continue;
    const matching = readable.filter((key) => key.certificate?.thumbprint === certificate.facts.thumbprint);
    matches.push(...matching.map((key) => ({ keyIndex: key.index, file: certificate.file, thumbprint: certificate.facts.thumbprint })));
    if (matching.length > 0) continue;
    findings.push(
      mismatch(
        `The document publishes ${published()}, but the project's ${what} ${certificate.file} has thumbprint ${certificate.facts.thumbprint} (x5t ${certificate.facts.x5t}).`,
        mismatchFix(role, certificate.facts.thumbprint, context.metadataUrl, projectLast),
      ),
    );
  }
  const inUse = context.inUse;
  if (inUse && inUse.thumbprints.length > 0 && readable.length > 0) {
    const used = new Set(inUse.thumbprints);
    const matching = readable.filter((key) => used.has(key.certificate?.thumbprint ?? ''));
    matches.push(...matching.map((key) => ({ keyIndex: key.index, file: inUse.source, thumbprint: key.certificate?.thumbprint ?? '' })));
    if (matching.length === 0) {
      findings.push(
        mismatch(
          `The document publishes ${published()}, but ${inUse.source} says the server signs with ${inUse.thumbprints.join(' or ')}.`,
          mismatchFix(role, inUse.thumbprints[0] as string, context.metadataUrl, serverLast),
        ),
      );
    }
  }
  return { findings, matches };
}
