/**
 * The JSON that the generated read-only `00-collect-exchange-state.ps1` and `00-collect-lync-state.ps1` write
 * and the wizard imports (project fields `exchangeStateFile`, `lyncStateFile`). The scripts and the importer
 * both follow this file.
 *
 * How the scripts write it, so the importer can rely on it: `ConvertTo-Json -Depth 6` of one
 * `[ordered]` hashtable; every list built with `@(...)` and passed as `-InputObject` so one item stays a list
 * (the importer still accepts a lone object where a list is expected); dates as ISO-8601 UTC strings from
 * `.ToUniversalTime().ToString('o')` (never PowerShell 5.1's `\/Date(…)\/`; the importer still reads that form);
 * thumbprints as 40 upper-case hex digits; `null` for what the server does not have; files written UTF-8
 * (PowerShell 5.1 adds a BOM; the importer also reads UTF-16LE).
 */

export const exchangeStateKind = 's2s-wizard/exchange-state';
export const lyncStateKind = 's2s-wizard/lync-state';
export const stateFormatVersion = 1;

export interface CollectedCertificate {
  thumbprint: string;
  subject: string;
  notBefore: string;
  notAfter: string;
  /** Whether the certificate was found in the local machine store of the server that collected the state. */
  foundOnServer: boolean;
}

export interface ExchangeState {
  kind: typeof exchangeStateKind;
  version: typeof stateFormatVersion;
  collectedAt: string;
  /** The server the script ran on, and the Exchange build it reports (AdminDisplayVersion). */
  server: string;
  exchangeVersion: string | null;
  /** Get-AuthConfig. */
  authConfig: {
    currentCertificateThumbprint: string | null;
    previousCertificateThumbprint: string | null;
    nextCertificateThumbprint: string | null;
    nextCertificateEffectiveDate: string | null;
    serviceName: string | null;
    realm: string | null;
  };
  /** Get-ExchangeCertificate -Thumbprint for the current and the next Auth certificate; null when none. */
  authCertificate: CollectedCertificate | null;
  nextAuthCertificate: CollectedCertificate | null;
  /** Get-PartnerApplication, every one. */
  partnerApplications: {
    name: string;
    applicationIdentifier: string;
    realm: string | null;
    enabled: boolean;
    authMetadataUrl: string | null;
    linkedAccount: string | null;
    useAuthServer: boolean;
  }[];
  /** Get-AcceptedDomain. */
  acceptedDomains: { domainName: string; domainType: string; default: boolean }[];
  /** Get-WebServicesVirtualDirectory / Get-AutodiscoverVirtualDirectory (-ADPropertiesOnly). */
  webServicesVirtualDirectories: { server: string; identity: string; oAuthAuthentication: boolean; internalUrl: string | null; externalUrl: string | null }[];
  autodiscoverVirtualDirectories: { server: string; identity: string; oAuthAuthentication: boolean }[];
  /** Get-ClientAccessService (Get-ClientAccessServer on Exchange 2013). */
  clientAccessServices: { name: string; autoDiscoverServiceInternalUri: string | null }[];
}

export interface LyncState {
  kind: typeof lyncStateKind;
  version: typeof stateFormatVersion;
  collectedAt: string;
  server: string;
  /** Get-CsCertificate -Type OAuthTokenIssuer: current and, during a roll, the staged or previous one. */
  oauthTokenIssuer: (CollectedCertificate & { use: string; effectiveDate: string | null })[];
  /** Get-CsPartnerApplication, every one. */
  partnerApplications: {
    identity: string;
    applicationIdentifier: string | null;
    applicationTrustLevel: string;
    enabled: boolean;
    metadataUrl: string | null;
    realm: string | null;
  }[];
  /** Get-CsOAuthConfiguration (the global one). */
  oauthConfiguration: {
    identity: string;
    realm: string | null;
    serviceName: string | null;
    exchangeAutodiscoverUrl: string | null;
    exchangeAutodiscoverAllowedDomains: string | null;
    clientAuthorizationOAuthServerIdentity: string | null;
  } | null;
}
