/**
 * The keys of a metadata document against the certificate the project holds for that side: Lync's document must
 * publish the OAuthTokenIssuer certificate, Exchange's the Exchange Auth certificate (domain.md §6 F3, F4, F12).
 * With the server's imported state, also against the thumbprints that side actually signs with (Exchange's
 * AuthConfig current/next, Lync's OAuthTokenIssuer: state-thumbprints.ts).
 */
import type { CertificateFacts } from '../certs/x509.js';
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { MetadataDocument } from './metadata-document.js';
import type { MetadataRole } from './well-known-services.js';

/** A certificate to compare with, as the caller could read it. */
export type ComparedCertificate = { file: string; facts: CertificateFacts } | { file: string; unreadable: string };

/** The thumbprints a server signs with, as its imported state says, and where that came from (named in findings). */
export interface ServerThumbprints {
  /** E.g. "Exchange's AuthConfig (exchange-state.json)". */
  source: string;
  /** The same as a message, for the UI to say in the user's language, when the caller has one. */
  sourceMessage?: Message;
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

const certificateName: Record<MetadataRole, Message> = {
  lync: msg('metadata.certificate.lync'),
  exchange: msg('metadata.certificate.exchange'),
};

/** How to make the service sign with, and publish, `thumbprint`; then `last`, what to do when the published key is right. */
function mismatchFix(role: MetadataRole | null, thumbprint: string, metadataUrl: string | null, last: { lync: Message; exchange: Message }): Message {
  if (role === 'lync') {
    return msg('metadata.key-mismatch.fix.lync', {
      thumbprint,
      assignCommand: `Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${thumbprint}`,
      importCommand: 'Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path <file.pfx> -Password <password>',
      refreshCommand: "Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' } | ForEach-Object { Set-PartnerApplication -Identity $_.Identity -RefreshAuthMetadata }",
      last: last.lync,
    });
  }
  if (role === 'exchange') {
    return msg('metadata.key-mismatch.fix.exchange', {
      thumbprint,
      setCommand: `Set-AuthConfig -NewCertificateThumbprint ${thumbprint} -NewCertificateEffectiveDate (Get-Date)`,
      publishCommand: 'Set-AuthConfig -PublishCertificate',
      rebindCommand: `Set-CsPartnerApplication -Identity Exchange -MetadataUrl '${metadataUrl ?? 'https://<Autodiscover FQDN>/autodiscover/metadata/json/1'}'`,
      last: last.exchange,
    });
  }
  return msg('metadata.key-mismatch.fix.any');
}

const projectLast = { lync: msg('metadata.key-mismatch.last.project.lync'), exchange: msg('metadata.key-mismatch.last.project.exchange') };
const fetchAgainFirst = msg('metadata.key-mismatch.last.server');
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
  const what = role ? certificateName[role] : msg('metadata.certificate.any');
  const published = {
    list: readable.map((key) =>
      msg('metadata.key-mismatch.published-key', {
        key: `keys[${key.index}]`,
        thumbprint: key.certificate?.thumbprint ?? '',
        x5t: key.certificate?.x5t ?? '',
        expires: { day: key.certificate?.notAfter.slice(0, 10) ?? '' },
      }),
    ),
    separator: '; ',
  };
  const mismatch = (detail: Message, fix: Message) => finding('metadata.key-mismatch', 'error', { subject: context.subject, detail, fix });
  for (const certificate of certificates) {
    if ('unreadable' in certificate) {
      findings.push(
        finding('metadata.key-not-compared', 'info', {
          subject: certificate.file,
          detail: msg('metadata.key-not-compared.detail', { what, file: certificate.file, reason: certificate.unreadable }),
          fix: msg('metadata.key-not-compared.fix'),
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
        msg('metadata.key-mismatch.detail.project', { published, what, file: certificate.file, thumbprint: certificate.facts.thumbprint, x5t: certificate.facts.x5t }),
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
          msg('metadata.key-mismatch.detail.server', { published, source: inUse.sourceMessage ?? inUse.source, thumbprints: { list: inUse.thumbprints, separator: msg('metadata.list.or') } }),
          mismatchFix(role, inUse.thumbprints[0] as string, context.metadataUrl, serverLast),
        ),
      );
    }
  }
  return { findings, matches };
}
