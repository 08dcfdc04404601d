/**
 * Checks one metadata document against what the project expects of it (domain.md §1.4–1.6, §2.2): its keys, the
 * service it belongs to, its issuer and its realm. Lync's document was never published anywhere, so its shape is
 * checked softly (warnings), as domain.md §1.6 advises; Exchange may publish `*` or no realm, which is explained.
 */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { MetadataDocument, MetadataKey } from './metadata-document.js';
import { describeService, roleMessage, serviceIdOf, splitIssuer, type MetadataRole } from './well-known-services.js';

export interface MetadataExpectation {
  /** Which side the document must come from; null checks the document on its own. */
  role: MetadataRole | null;
  /** The project's OAuth realm (its realm, else its SIP domain); null: not compared. */
  realm: string | null;
  now: Date;
  /** The URL, file or "pasted text" the document came from: the subject of the findings. */
  subject: string;
}

const keyName = (key: MetadataKey) => `keys[${key.index}]`;

function noKeyFindings(document: MetadataDocument, subject: string): Finding[] {
  if (document.keys.length > 0) return [];
  const detail = { absent: msg('metadata.no-keys.detail.absent'), 'not-a-list': msg('metadata.no-keys.detail.not-a-list'), list: msg('metadata.no-keys.detail.empty') }[document.keysField];
  return [
    finding('metadata.no-keys', 'error', {
      subject,
      detail,
      fix: msg('metadata.no-keys.fix', { lyncCommand: 'Get-CsCertificate -Type OAuthTokenIssuer', exchangeCommand: '(Get-AuthConfig).CurrentCertificateThumbprint' }),
    }),
  ];
}

function undecodableFindings(document: MetadataDocument, subject: string): Finding[] {
  return document.keys
    .filter((key) => key.certificate === null)
    .map((key) =>
      finding('metadata.key-undecodable', 'error', {
        subject: `${subject} ${keyName(key)}`,
        detail:
          key.problem === null
            ? msg('metadata.key-undecodable.detail.not-a-certificate', { key: keyName(key) })
            : msg('metadata.key-undecodable.detail', { key: keyName(key), problem: key.problem }),
        fix: msg('metadata.key-undecodable.fix'),
      }),
    );
}

/** The x5t of RFC 7515 is base64url without padding; some tools write the standard alphabet with padding. */
function x5tFindings(document: MetadataDocument, subject: string): Finding[] {
  return document.keys.flatMap((key) => {
    const facts = key.certificate;
    if (!facts || key.declaredX5t === null || key.declaredX5t === facts.x5t) return [];
    const standard = Buffer.from(facts.thumbprint, 'hex').toString('base64');
    const sameDigest = key.declaredX5t === standard || key.declaredX5t === standard.replace(/=+$/, '');
    return [
      finding('metadata.x5t-mismatch', 'warning', {
        subject: `${subject} ${keyName(key)}`,
        detail: msg(sameDigest ? 'metadata.x5t-mismatch.detail.standard-base64' : 'metadata.x5t-mismatch.detail.other-certificate', {
          key: keyName(key),
          declared: key.declaredX5t,
          thumbprint: facts.thumbprint,
          x5t: facts.x5t,
        }),
        fix: msg('metadata.x5t-mismatch.fix'),
      }),
    ];
  });
}

function expiryFindings(document: MetadataDocument, expectation: MetadataExpectation): Finding[] {
  const readable = document.keys.filter((key) => key.certificate !== null);
  const expired = readable.filter((key) => Date.parse(key.certificate?.notAfter ?? '') <= expectation.now.getTime());
  // During a rotation an expired previous key beside a valid one is a leftover, not an outage.
  const anyValid = expired.length < readable.length;
  const renew =
    expectation.role === 'lync'
      ? msg('metadata.key-expired.fix.lync', {
          assignCommand: 'Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint>',
          rollOptions: '-Roll -EffectiveDate',
          refreshCommand: 'Set-PartnerApplication -Identity <LyncEnterprise-…> -RefreshAuthMetadata',
        })
      : expectation.role === 'exchange'
        ? msg('metadata.key-expired.fix.exchange', {
            commands:
              'New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @(); Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate',
            monitorCommand: 'MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true',
          })
        : msg('metadata.key-expired.fix.other');
  return expired.map((key) =>
    finding('metadata.key-expired', anyValid ? 'warning' : 'error', {
      subject: `${expectation.subject} ${keyName(key)}`,
      detail: msg(anyValid ? 'metadata.key-expired.detail.rotation' : 'metadata.key-expired.detail.none-valid', {
        key: keyName(key),
        thumbprint: key.certificate?.thumbprint ?? '',
        notAfter: { instant: key.certificate?.notAfter ?? '' },
      }),
      fix: anyValid && expectation.role === 'exchange' ? msg('metadata.key-expired.fix.clear', { command: 'Set-AuthConfig -ClearPreviousCertificate' }) : renew,
    }),
  );
}

const lyncUrl = 'https://<pool FQDN>/metadata/json/1';
const exchangeUrl = 'https://<Autodiscover FQDN>/autodiscover/metadata/json/1';

function wrongServiceFix(role: MetadataRole, publishedId: string): Message {
  const id = publishedId.toLowerCase();
  if (role === 'lync' && id === serviceIdOf.exchange) return msg('metadata.wrong-service.fix.exchange-for-lync', { url: lyncUrl });
  if (role === 'exchange' && id === serviceIdOf.lync) return msg('metadata.wrong-service.fix.lync-for-exchange', { url: exchangeUrl });
  if (id === '00000003-0000-0ff1-ce00-000000000000') {
    const path = '/_layouts/15/metadata/json/1';
    return role === 'lync' ? msg('metadata.wrong-service.fix.sharepoint.lync', { path, url: lyncUrl }) : msg('metadata.wrong-service.fix.sharepoint.exchange', { path, url: exchangeUrl });
  }
  return role === 'lync'
    ? msg('metadata.wrong-service.fix.lync', { url: lyncUrl, command: `Set-CsOAuthConfiguration -Identity global -ServiceName ${serviceIdOf.lync}` })
    : msg('metadata.wrong-service.fix.exchange', { url: exchangeUrl, serviceName: serviceIdOf.exchange });
}

/** What is wrong with the service the document names, or null when it is the expected one. */
function serviceProblem(document: MetadataDocument, role: MetadataRole): { severity: 'error' | 'warning'; detail: Message; fix: Message } | null {
  const expected = serviceIdOf[role];
  const published = document.serviceName ?? (document.issuer ? (splitIssuer(document.issuer)?.service ?? null) : null);
  if (published === null) {
    return {
      severity: 'warning',
      detail: msg('metadata.wrong-service.detail.unnamed', { role: roleMessage[role], expected }),
      fix: msg('metadata.wrong-service.fix.unnamed', { role: roleMessage[role] }),
    };
  }
  if (published.toLowerCase() === expected) return null;
  return {
    severity: 'error',
    detail: msg('metadata.wrong-service.detail', { published: describeService(published), role: roleMessage[role], expected }),
    fix: wrongServiceFix(role, published),
  };
}

function serviceFindings(document: MetadataDocument, expectation: MetadataExpectation): Finding[] {
  const problem = expectation.role === null ? null : serviceProblem(document, expectation.role);
  if (problem === null) return [];
  return [finding('metadata.wrong-service', problem.severity, { subject: expectation.subject, detail: problem.detail, fix: problem.fix })];
}

/** The issuer must read `<serviceName>@<realm>` of the document itself. */
function issuerFindings(document: MetadataDocument, expectation: MetadataExpectation): Finding[] {
  if (document.issuer === null) return [];
  const parts = splitIssuer(document.issuer);
  // Against the document's own serviceName and realm; a wrong service or realm as such is reported by their checks.
  const service = document.serviceName;
  const realm = document.realm !== null && document.realm !== '' ? document.realm : null;
  const expected = `${service ?? (expectation.role ? serviceIdOf[expectation.role] : '<service>')}@${realm ?? expectation.realm ?? '<realm>'}`;
  const serviceProblem =
    parts !== null && service !== null && parts.service.toLowerCase() !== service.toLowerCase()
      ? msg('metadata.issuer-mismatch.problem.service', { part: parts.service, service })
      : null;
  const realmProblem = parts !== null && realm !== null && parts.realm !== realm ? msg('metadata.issuer-mismatch.problem.realm', { part: parts.realm, realm }) : null;
  const problems =
    parts === null
      ? msg('metadata.issuer-mismatch.problem.no-at')
      : serviceProblem && realmProblem
        ? msg('metadata.issuer-mismatch.problem.both', { service: serviceProblem, realm: realmProblem })
        : (serviceProblem ?? realmProblem);
  if (problems === null) return [];
  return [
    finding('metadata.issuer-mismatch', 'warning', {
      subject: expectation.subject,
      detail: msg('metadata.issuer-mismatch.detail', { issuer: document.issuer, problems, expected }),
      fix: msg('metadata.issuer-mismatch.fix'),
    }),
  ];
}

/** Exchange may publish no realm, an empty one or `*`: what that means (info), rather than a mismatch. */
function openExchangeRealm(what: Message, expected: string): { severity: 'info'; detail: Message; fix: Message } {
  return {
    severity: 'info',
    detail: msg('metadata.realm-mismatch.detail.open', { what, realm: expected }),
    fix: msg('metadata.realm-mismatch.fix.open', { command: `Get-AcceptedDomain | Where-Object { $_.DomainName -eq '${expected}' }`, realm: expected }),
  };
}

function realmProblem(document: MetadataDocument, role: MetadataRole | null, expected: string): { severity: 'info' | 'warning'; detail: Message; fix: Message } | null {
  const issuerRealm = document.issuer ? (splitIssuer(document.issuer)?.realm ?? null) : null;
  const published = document.realm ?? issuerRealm;
  if (role === 'exchange' && (published === null || published === '' || published === '*')) {
    const what = published === null ? 'metadata.realm-mismatch.open.none' : published === '' ? 'metadata.realm-mismatch.open.empty' : 'metadata.realm-mismatch.open.star';
    return openExchangeRealm(msg(what), expected);
  }
  if (published === null || published === expected) return null;
  const caseOnly = published.toLowerCase() === expected.toLowerCase();
  const fromIssuer = document.realm === null;
  const detail = fromIssuer
    ? caseOnly
      ? 'metadata.realm-mismatch.detail.from-issuer.case'
      : 'metadata.realm-mismatch.detail.from-issuer'
    : caseOnly
      ? 'metadata.realm-mismatch.detail.case'
      : 'metadata.realm-mismatch.detail';
  return {
    severity: 'warning',
    detail: msg(detail, { published, realm: expected }),
    fix:
      role === 'exchange'
        ? msg('metadata.realm-mismatch.fix.exchange', { realm: expected, published, command: `Set-AuthConfig -Realm '${expected}'` })
        : msg('metadata.realm-mismatch.fix.lync', {
            published,
            setCommand: `Set-CsOAuthConfiguration -Identity global -Realm '${expected}'`,
            refreshCommand: 'Set-PartnerApplication -Identity <LyncEnterprise-…> -RefreshAuthMetadata',
          }),
  };
}

function realmFindings(document: MetadataDocument, expectation: MetadataExpectation): Finding[] {
  const expected = expectation.realm;
  const problem = expected === null || expected === '' ? null : realmProblem(document, expectation.role, expected);
  if (problem === null) return [];
  return [finding('metadata.realm-mismatch', problem.severity, { subject: expectation.subject, detail: problem.detail, fix: problem.fix })];
}

/** Every check of one document; the findings keep the order: keys, service, issuer, realm. */
export function checkMetadataDocument(document: MetadataDocument, expectation: MetadataExpectation): Finding[] {
  return [
    ...noKeyFindings(document, expectation.subject),
    ...undecodableFindings(document, expectation.subject),
    ...x5tFindings(document, expectation.subject),
    ...expiryFindings(document, expectation),
    ...serviceFindings(document, expectation),
    ...issuerFindings(document, expectation),
    ...realmFindings(document, expectation),
  ];
}
