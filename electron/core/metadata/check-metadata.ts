/**
 * Checks one metadata document against what the project expects of it (domain.md §1.4–1.6, §2.2): its keys, the
 * service it belongs to, its issuer and its realm. Lync's document was never published anywhere, so its shape is
 * checked softly (warnings), as domain.md §1.6 advises; Exchange may publish `*` or no realm, which is explained.
 */
import { finding, type Finding } from '../findings.js';
import type { MetadataDocument, MetadataKey } from './metadata-document.js';
import { describeService, roleName, serviceIdOf, splitIssuer, type MetadataRole } from './well-known-services.js';

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
  const why = { absent: 'It has no "keys" property.', 'not-a-list': 'Its "keys" property is not a list.', list: 'Its "keys" list is empty.' }[document.keysField];
  return [
    finding('metadata.no-keys', 'error', {
      subject,
      detail: `${why} Without a signing key, no partner can verify the tokens this service issues.`,
      fix: 'Check the URL (it must be the service\'s /metadata/json/1) and that the service has its token-signing certificate: Get-CsCertificate -Type OAuthTokenIssuer (Lync), (Get-AuthConfig).CurrentCertificateThumbprint (Exchange).',
    }),
  ];
}

function undecodableFindings(document: MetadataDocument, subject: string): Finding[] {
  return document.keys
    .filter((key) => key.certificate === null)
    .map((key) =>
      finding('metadata.key-undecodable', 'error', {
        subject: `${subject} ${keyName(key)}`,
        detail: `${keyName(key)}: ${key.problem ?? 'it is not a certificate.'}`,
        fix: 'The value must be the base64 of the DER certificate, complete. If you saved or pasted the document, take it again from the server unchanged; if the server itself publishes it so, its token-signing certificate needs attention.',
      }),
    );
}

/** The x5t of RFC 7515 is base64url without padding; some tools write the standard alphabet with padding. */
function x5tFindings(document: MetadataDocument, subject: string): Finding[] {
  return document.keys.flatMap((key) => {
    const facts = key.certificate;
    if (!facts || key.declaredX5t === null || key.declaredX5t === facts.x5t) return [];
    const standard = Buffer.from(facts.thumbprint, 'hex').toString('base64');
    const form =
      key.declaredX5t === standard || key.declaredX5t === standard.replace(/=+$/, '')
        ? ' It is the same digest written in standard base64; tokens carry base64url without padding, so a partner comparing the two as strings finds no key.'
        : ' It is not the thumbprint of this certificate: the document may mix two certificates.';
    return [
      finding('metadata.x5t-mismatch', 'warning', {
        subject: `${subject} ${keyName(key)}`,
        detail: `${keyName(key)} declares x5t '${key.declaredX5t}', but its certificate (thumbprint ${facts.thumbprint}) has x5t '${facts.x5t}'.${form}`,
        fix: 'Partners pick the key whose x5t equals the token header\'s x5t. Publish the metadata again from the service (it computes x5t itself), or take the document from the server unchanged.',
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
      ? 'Assign a valid OAuthTokenIssuer certificate on a Front End: Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint> (roll it with -Roll -EffectiveDate at least 24 hours before the old one expires), then on Exchange: Set-PartnerApplication -Identity <LyncEnterprise-…> -RefreshAuthMetadata.'
      : expectation.role === 'exchange'
        ? 'Renew the Exchange Auth certificate: New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @(); Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date); Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate; then restart MSExchangeServiceHost and run iisreset (or run CSS-Exchange MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true).'
        : 'Renew the token-signing certificate of this service and publish the new one.';
  return expired.map((key) =>
    finding('metadata.key-expired', anyValid ? 'warning' : 'error', {
      subject: `${expectation.subject} ${keyName(key)}`,
      detail: `${keyName(key)} (thumbprint ${key.certificate?.thumbprint}) expired on ${key.certificate?.notAfter}.${anyValid ? ' Another key of the document is still valid: a rotation is probably in progress, and the expired key can be cleared.' : ' No key of the document is valid: partners reject every token this service signs.'}`,
      fix: anyValid && expectation.role === 'exchange' ? 'Clear it once the new key is in use: Set-AuthConfig -ClearPreviousCertificate.' : renew,
    }),
  );
}

function wrongServiceFix(role: MetadataRole, publishedId: string): string {
  const id = publishedId.toLowerCase();
  if (role === 'lync' && id === serviceIdOf.exchange) return "This is Exchange's document: the Lync and Exchange URLs look swapped. Lync's is https://<pool FQDN>/metadata/json/1.";
  if (role === 'exchange' && id === serviceIdOf.lync) return "This is Lync's document: the Lync and Exchange URLs look swapped. Exchange's is https://<Autodiscover FQDN>/autodiscover/metadata/json/1.";
  if (id === '00000003-0000-0ff1-ce00-000000000000') return `This is SharePoint's document (/_layouts/15/metadata/json/1). Use ${role === 'lync' ? "the pool's https://<pool FQDN>/metadata/json/1" : "Exchange's https://<Autodiscover FQDN>/autodiscover/metadata/json/1"}.`;
  return role === 'lync'
    ? 'Use the pool\'s https://<pool FQDN>/metadata/json/1. If it is the pool\'s, its service name was changed: Set-CsOAuthConfiguration -Identity global -ServiceName 00000004-0000-0ff1-ce00-000000000000.'
    : "Use https://<Autodiscover FQDN>/autodiscover/metadata/json/1. Exchange's ServiceName must stay 00000002-0000-0ff1-ce00-000000000000 (Set-AuthConfig warns that changing it breaks server-to-server authentication).";
}

/** What is wrong with the service the document names, or null when it is the expected one. */
function serviceProblem(document: MetadataDocument, role: MetadataRole): { severity: 'error' | 'warning'; detail: string; fix: string } | null {
  const expected = serviceIdOf[role];
  const published = document.serviceName ?? (document.issuer ? (splitIssuer(document.issuer)?.service ?? null) : null);
  if (published === null) {
    return {
      severity: 'warning',
      detail: `The document names no service (neither serviceName nor issuer), so it cannot be told whether it is the ${roleName[role]} document (${expected}).`,
      fix: `Check that the URL is the ${roleName[role]} metadata document.`,
    };
  }
  if (published.toLowerCase() === expected) return null;
  return { severity: 'error', detail: `The document belongs to ${describeService(published)}, not to ${roleName[role]} (${expected}).`, fix: wrongServiceFix(role, published) };
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
  const problems: string[] = [];
  if (parts === null) problems.push('it has no @ between the service and the realm');
  else {
    if (service !== null && parts.service.toLowerCase() !== service.toLowerCase()) problems.push(`its service part '${parts.service}' is not the service ${service}`);
    if (realm !== null && parts.realm !== realm) problems.push(`its realm part '${parts.realm}' is not the document's realm '${realm}'`);
  }
  if (problems.length === 0) return [];
  return [
    finding('metadata.issuer-mismatch', 'warning', {
      subject: expectation.subject,
      detail: `The issuer is '${document.issuer}', but ${problems.join(', and ')}; expected ${expected}. Partners record the issuer and compare it with the tokens' issuer, case-sensitively.`,
      fix: 'Take the document from the service unchanged. On Lync the issuer comes from Get-CsOAuthConfiguration (ServiceName and Realm); on Exchange from Get-AuthConfig (ServiceName and Realm).',
    }),
  ];
}

/** Exchange may publish no realm, an empty one or `*`: what that means (info), rather than a mismatch. */
function openExchangeRealm(what: string, expected: string): { severity: 'info'; detail: string; fix: string } {
  return {
    severity: 'info',
    detail:
      `Exchange publishes ${what}. That is normal: on premises Get-AuthConfig's Realm is empty by default, and Exchange then accepts a token whose realm is one of its accepted domains. ` +
      `Lync's tokens carry the realm '${expected}', so it must be an accepted domain of Exchange, listed explicitly: a wildcard (*.${expected}) fails with "The tenant for tenant guid '${expected}' does not exist".`,
    fix: `On Exchange: Get-AcceptedDomain | Where-Object { $_.DomainName -eq '${expected}' } must return the domain (not only a *.${expected} wildcard).`,
  };
}

function realmProblem(document: MetadataDocument, role: MetadataRole | null, expected: string): { severity: 'info' | 'warning'; detail: string; fix: string } | null {
  const issuerRealm = document.issuer ? (splitIssuer(document.issuer)?.realm ?? null) : null;
  const published = document.realm ?? issuerRealm;
  if (role === 'exchange' && (published === null || published === '' || published === '*')) {
    return openExchangeRealm(published === null ? 'no realm' : published === '' ? 'an empty realm' : "the realm '*'", expected);
  }
  if (published === null || published === expected) return null;
  const caseOnly = published.toLowerCase() === expected.toLowerCase() ? ' They differ only in case, and realms are compared case-sensitively.' : '';
  return {
    severity: 'warning',
    detail: `The document's realm is '${published}'${document.realm === null ? ' (from its issuer)' : ''}, but the project's OAuth realm is '${expected}'.${caseOnly} Tokens carry the realm, and the partner accepts only the realm it recorded.`,
    fix:
      role === 'exchange'
        ? `Exchange checks a token's realm against its accepted domains first; only when '${expected}' is not an accepted domain must Lync's tokens carry Exchange's realm '${published}'. Make '${expected}' an explicit accepted domain of Exchange, or align the realms (Set-AuthConfig -Realm '${expected}').`
        : `If '${published}' is right, set the project's realm to it. Otherwise set Lync's realm on a Front End: Set-CsOAuthConfiguration -Identity global -Realm '${expected}', and refresh Exchange's copy: Set-PartnerApplication -Identity <LyncEnterprise-…> -RefreshAuthMetadata.`,
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
