/**
 * Which Microsoft page explains a finding: finding id → source key of domain.md §10 → the page of that source.
 * A page is either the https URL a §10 row prints, or, for a row that names a Microsoft documentation repository
 * and a file, that file on GitHub at the commit §10 read (`https://github.com/<repo>/blob/<commit>/<path>`, the
 * source Microsoft publishes the page from). finding-docs.test.ts derives every allowed URL from §10's rows and
 * lists the findings without a page. Main opens only these URLs (the 'app:open-docs' channel).
 */
import type { FindingId } from './findings.js';

/** A file of a Microsoft repository on GitHub, at a commit. */
function githubFile(repository: string, commit: string, path: string): string {
  return `https://github.com/${repository}/blob/${commit}/${path}`;
}

// The commits §10 read, as its top gives them for these four repositories.
const powerShellDocs = (path: string) => githubFile('MicrosoftDocs/office-docs-powershell', '93336da2bc', path);
const exchangeDocs = (path: string) => githubFile('MicrosoftDocs/OfficeDocs-Exchange', '52e8b70f9', path);
const supportDocs = (path: string) => githubFile('MicrosoftDocs/OfficeDocs-Support', '36878e0e1', path);
const cssExchange = (path: string) => githubFile('microsoft/CSS-Exchange', 'f88378b1e', path);
// OfficeDocs-SkypeForBusiness has no commit at the top of §10: SfB-ConfigPA's row gives ba91f1bb and SfB-Plan's
// 69362e3a. The rows below SfB-Plan (AssignCert, OnPremPA, S2S, Stage) give none, so they take 69362e3a, the
// commit of the nearest row (the row above them).
const skypeDocs = (commit: 'ba91f1bb' | '69362e3a', path: string) => githubFile('MicrosoftDocs/OfficeDocs-SkypeForBusiness', commit, path);

const skypeCmdlets = 'skype/skype-ps/SkypeForBusiness';
const exchangeCmdlets = 'exchange/exchange-ps/ExchangePowerShell';
const sfbAuthentication = 'Skype/SfbServer/manage/authentication';

/** The Microsoft pages of domain.md §10 that some finding links to, by their source key. */
export const microsoftDocs = {
  // Printed as URLs in §10.
  'EX-Maintain': 'https://learn.microsoft.com/Exchange/plan-and-deploy/integration-with-sharepoint-and-skype/maintain-oauth-certificate',
  'Lync13-CertSummary': 'https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-certificate-summary-single-director',
  'MS-XOAUTH-3256': 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-xoauth/5c7bea18-6b70-4f02-826f-e4c6d6f3c86b',
  'MS-XOAUTH-ex': 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-xoauth/2e6ce5df-03b0-4486-b60c-f018ccc10bc8',
  'SfB-Issue702': 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/issues/702',
  // Named in §10 as a repository and a file.
  'SfB-ConfigPA': skypeDocs('ba91f1bb', 'Skype/SfbServer/deploy/integrate-with-exchange-server/configure-partner-applications.md'),
  'SfB-Plan': skypeDocs('69362e3a', 'Skype/SfbServer/plan-your-deployment/integrate-with-exchange/integrate-with-exchange.md'),
  'SfB-AssignCert': skypeDocs('69362e3a', `${sfbAuthentication}/assign-a-server-to-server-certificate.md`),
  'SfB-OnPremPA': skypeDocs('69362e3a', `${sfbAuthentication}/configure-an-on-premises-partner-app.md`),
  'SfB-S2S': skypeDocs('69362e3a', `${sfbAuthentication}/server-to-server-and-partner-applications.md`),
  'SfB-Stage': skypeDocs('69362e3a', `${sfbAuthentication}/stage-av-and-oauth-certificates.md`),
  'PS-TestExStor': powerShellDocs(`${skypeCmdlets}/Test-CsExStorageConnectivity.md`),
  'PS-DebugStor': powerShellDocs(`${skypeCmdlets}/Debug-CsStorageServiceFailures.md`),
  'PS-NewPA': powerShellDocs(`${exchangeCmdlets}/New-PartnerApplication.md`),
  'PS-SetPA': powerShellDocs(`${exchangeCmdlets}/Set-PartnerApplication.md`),
  'PS-RemPA': powerShellDocs(`${exchangeCmdlets}/Remove-PartnerApplication.md`),
  'PS-SetWSVD': powerShellDocs(`${exchangeCmdlets}/Set-WebServicesVirtualDirectory.md`),
  'EX-Plan': exchangeDocs('Exchange/ExchangeServer/plan-and-deploy/integration-with-sharepoint-and-skype/integration-with-sharepoint-and-skype.md'),
  'EX-ConfigOAuth': exchangeDocs('Exchange/ExchangeServer/plan-and-deploy/integration-with-sharepoint-and-skype/configure-oauth.md'),
  'SUP-OWA': supportDocs('Exchange/ExchangeServer/administration/cannot-access-owa-or-ecp-if-oauth-expired.md'),
  'SUP-Wildcard': supportDocs('SkypeforBusiness/SkypeServer/server-exchange-integration/sfb-and-exchange-integration-fails.md'),
  'CSS-HC-Cert': cssExchange('docs/Diagnostics/HealthChecker/CertificateCheck.md'),
} as const;

export type DocSource = keyof typeof microsoftDocs;

/**
 * The page that explains each finding: the source domain.md cites for its failure mode (§6) or for the fact it
 * checks (§3–§5). One page per id: where a certificate finding is raised for several certificates and Microsoft's
 * pages differ by certificate, it links the Lync OAuthTokenIssuer certificate's page (the Exchange Auth certificate
 * has findings of its own: state.auth-certificate-*).
 * Ids without a page are listed, each with its reason, in finding-docs.test.ts.
 */
export const findingDocSources: { readonly [id in FindingId]?: DocSource } = {
  // The project's values: the URL forms Exchange publishes (table "Auth metadata URLs"), the deployment article
  // with the correct Exchange metadata URL, the test's -SipUri, the realm as the default SIP domain, the default
  // Scripts folder of Exchange.
  'project.invalid-url': 'EX-Plan',
  'project.autodiscover-url-path': 'SfB-ConfigPA',
  'project.invalid-sip-uri': 'PS-TestExStor',
  'project.sip-domain-mismatch': 'SfB-S2S',
  'project.invalid-path': 'EX-ConfigOAuth',

  // The OAuthTokenIssuer certificate: assigned once (2048 bits, SIP domain in the subject, exportable private key),
  // staged with -Roll -EffectiveDate at least 24 hours before the old one expires.
  'cert.expired': 'SfB-AssignCert',
  'cert.key-too-small': 'SfB-AssignCert',
  'cert.no-private-key': 'SfB-AssignCert',
  'cert.subject-missing-sip-domain': 'SfB-AssignCert',
  'cert.expires-soon': 'SfB-Stage',
  'cert.not-yet-valid': 'SfB-Stage',
  // Lync 2013's certificate summary: an OAuthTokenIssuer certificate from an internal or public CA.
  'cert.self-signed': 'Lync13-CertSummary',
  // Exchange HealthChecker's certificate check warns on a weak signature hash.
  'cert.weak-signature': 'CSS-HC-Cert',
  // An untrusted TLS certificate makes Exchange refuse the download of Lync's metadata: New-PartnerApplication's
  // -TrustAnySSLCertificate is the switch Microsoft does not recommend in production.
  'cert.untrusted-chain': 'PS-NewPA',
  'metadata.tls-untrusted': 'PS-NewPA',
  'script.trust-any-certificate': 'PS-NewPA',

  // F1: "The metadata document could not be downloaded … or downloaded data is not a valid metadata document".
  'metadata.unreachable': 'SfB-OnPremPA',
  'metadata.timeout': 'SfB-OnPremPA',
  'metadata.too-large': 'SfB-OnPremPA',
  'metadata.not-json': 'SfB-OnPremPA',
  'diag.metadata-download-failed': 'SfB-OnPremPA',
  // The same procedure checks the application ids (00000002-… Exchange, 00000004-… Lync) and recreates a wrong one.
  'metadata.wrong-service': 'SfB-OnPremPA',
  'state.exchange-partner-wrong-id': 'SfB-OnPremPA',
  // The metadata URLs each side fetches, as the deployment article gives them.
  'metadata.http-status': 'SfB-ConfigPA',
  'metadata.redirect-refused': 'SfB-ConfigPA',
  // How Exchange publishes its signing key (AuthConfig) in the metadata document, and why partners need it.
  'metadata.no-keys': 'EX-Plan',
  'metadata.key-undecodable': 'EX-Plan',
  // MS-XOAUTH 3.2.5.6: how Exchange validates a server-to-server token (trusted issuer, <appId>@<realm>, audience realm).
  'metadata.issuer-mismatch': 'MS-XOAUTH-3256',
  'metadata.realm-mismatch': 'MS-XOAUTH-3256',
  'exchange.trusts-lync': 'MS-XOAUTH-3256',
  // The actor token's header names its signing certificate by x5t.
  'metadata.x5t-mismatch': 'MS-XOAUTH-ex',
  // F12: a partner holding an old key; Exchange re-reads Lync's with Set-PartnerApplication -RefreshAuthMetadata.
  'metadata.key-mismatch': 'PS-SetPA',

  // The Exchange Auth certificate: rotated through AuthConfig before it expires; replaced at once when it has
  // expired or is missing (F4).
  'metadata.key-expired': 'EX-Maintain',
  'state.auth-certificate-expires-soon': 'EX-Maintain',
  'state.auth-certificate-next-staged': 'EX-Maintain',
  'state.auth-certificate-missing': 'SUP-OWA',
  'state.auth-certificate-expired': 'SUP-OWA',

  // Exchange's side of the trust: Configure-EnterprisePartnerApplication.ps1, and removing the stale
  // LyncEnterprise-… applications each run of it leaves (F10).
  'exchange.does-not-trust-lync': 'EX-ConfigOAuth',
  'state.no-enabled-lync-partner': 'EX-ConfigOAuth',
  'state.duplicate-lync-partner-applications': 'PS-RemPA',
  // F6: OAuth authentication off on the EWS virtual directory (-OAuthAuthentication); the probe reads EWS's challenge.
  'exchange.trust-unknown': 'PS-SetWSVD',
  'state.oauth-disabled': 'PS-SetWSVD',
  // F6 as the deployment article words it: a 401 "probably because the default configuration for Exchange does
  // not include support for accepting Oauth tokens"; and its New-CsPartnerApplication for Lync's side.
  'diag.oauth-401': 'SfB-ConfigPA',
  'state.no-exchange-partner': 'SfB-ConfigPA',

  // F3: Get-CsCertificate -Type OAuthTokenIssuer returns nothing, or nothing valid: assign one.
  'state.oauth-token-issuer-missing': 'SfB-AssignCert',
  'state.oauth-token-issuer-expired': 'SfB-AssignCert',

  // F5: wildcard accepted domains are not supported for server-to-server communication.
  'diag.wildcard-accepted-domain': 'SUP-Wildcard',
  'state.wildcard-accepted-domain': 'SUP-Wildcard',
  // F7: Autodiscover configured before the integration (AutoDiscoverServiceInternalUri), and Lync's
  // ExchangeAutodiscoverUrl ending in autodiscover.svc.
  'diag.autodiscover-failed': 'SfB-Plan',
  'state.autodiscover-internal-uri-missing': 'SfB-Plan',
  'state.autodiscover-url-unset': 'SfB-Plan',
  'state.autodiscover-url-xml': 'SfB-Plan',
  // F8, F9: the test's permissions (RTC Local User Administrators) and its -SipUri user with an Exchange 2013+ mailbox.
  'diag.access-denied': 'PS-TestExStor',
  'diag.no-mailbox': 'PS-TestExStor',
  // F11: error 574 "Client found response content type of ''", reported against Test-CsExStorageConnectivity.
  'diag.empty-response': 'SfB-Issue702',
  // An unrecognised output: the Storage Service's own record of its failures.
  'diag.unknown': 'PS-DebugStor',
};

export interface FindingDoc {
  source: DocSource;
  url: string;
}

/** Every finding id with a page, and the page: what the renderer shows as "Microsoft documentation". */
export function findingDocs(): Partial<Record<FindingId, FindingDoc>> {
  return Object.fromEntries(Object.entries(findingDocSources).map(([id, source]) => [id, { source, url: microsoftDocs[source] }]));
}

const linkedUrls: ReadonlySet<string> = new Set(Object.values(findingDocSources).map((source) => microsoftDocs[source]));

/** True only for a URL some finding links to: the one check before main hands a URL to the system browser. */
export function isFindingDocUrl(url: string): boolean {
  return linkedUrls.has(url);
}
