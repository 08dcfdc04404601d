/**
 * The commands that fix a certificate problem, per role, from domain.md §3. They go into a finding's `fix`, so an
 * admin can copy them. Placeholders are in angle brackets; known values (thumbprints, dates) are filled in.
 */
import type { CertificateFacts } from './x509.js';

/** A roll must take effect at least 24 hours before the current certificate expires (SfB "stage" article). */
export function canRollOAuthIssuer(facts: Pick<CertificateFacts, 'notAfter'>, now: Date): boolean {
  return Date.parse(facts.notAfter) - now.getTime() >= 48 * 3_600_000;
}

const refreshOnExchange =
  "Then, in the Exchange Management Shell, make Exchange read Lync's new key: Set-PartnerApplication -Identity '<the LyncEnterprise-… partner application>' -RefreshAuthMetadata";

export const oauthIssuerFixes = {
  /** Replace at once: the current certificate is expired or about to be, too late for a roll. */
  replaceNow:
    'Get a new certificate (RSA, 2048 bits or more, the SIP domain in the subject, exportable private key) and assign it on one Front End, in the Lync Server Management Shell: ' +
    "Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx' -Password '<PFX password>' " +
    '(or, when the certificate is already in the computer store: Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint>). ' +
    `Replication deploys it to every Front End. ${refreshOnExchange}`,
  /** Stage a new certificate with -Roll, effective at least 24 h before the current one expires. */
  roll(notAfter: string): string {
    return (
      `Stage a new certificate (RSA, 2048 bits or more, the SIP domain in the subject, exportable private key) so that it takes effect at least 24 hours before ${notAfter}: ` +
      'Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint> -Roll -EffectiveDate (Get-Date).AddDays(1) ' +
      "(or Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx' -Password '<PFX password>' -Roll -EffectiveDate (Get-Date).AddDays(1)). " +
      `Once it is in effect: Remove-CsCertificate -Identity global -Type OAuthTokenIssuer -Previous. ${refreshOnExchange}`
    );
  },
  importWithKey:
    "Export the certificate again with its private key (Certificate Export Wizard: 'Yes, export the private key', .pfx), then assign it on one Front End: " +
    "Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx' -Password '<PFX password>'",
  assignExisting(thumbprint: string): string {
    return (
      'A .cer is enough to check the certificate. To assign it, import the .pfx with its private key ' +
      "(Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx' -Password '<PFX password>'), " +
      `or, when it is already in the Front End's computer store: Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${thumbprint}`
    );
  },
  current: 'See what is assigned now: Get-CsCertificate -Type OAuthTokenIssuer',
};

const newExchangeAuthCertificate =
  'New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()';
const lyncRereadsExchange =
  "Then, in the Lync Server Management Shell, re-bind Exchange's metadata so Lync takes the new key: Set-CsPartnerApplication -Identity Exchange -MetadataUrl '<Exchange metadata URL>'";

export const exchangeAuthFixes = {
  /** domain.md §3.2, emergency replacement (expired or missing). */
  replaceNow:
    'In the Exchange Management Shell: ' +
    `${newExchangeAuthCertificate}; ` +
    'Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date); ' +
    'Set-AuthConfig -PublishCertificate; Set-AuthConfig -ClearPreviousCertificate; ' +
    'then Restart-Service MSExchangeServiceHost and iisreset (or restart the MSExchangeOWAAppPool and MSExchangeECPAppPool application pools). ' +
    `Publishing can take an hour; in a hybrid organisation run the Hybrid Configuration Wizard again. ${lyncRereadsExchange}. ` +
    "CSS-Exchange's MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true does the same.",
  /** domain.md §3.2, planned rotation: stage the next certificate well ahead (48 h or more). */
  stageNext:
    'In the Exchange Management Shell, stage the next certificate at least 48 hours ahead: ' +
    `${newExchangeAuthCertificate}; ` +
    'Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date).AddDays(2). ' +
    'Exchange switches to it on that date; afterwards clear the old one: Set-AuthConfig -ClearPreviousCertificate. ' +
    `${lyncRereadsExchange}. CSS-Exchange's MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true renews when fewer than 60 days are left.`,
  current: 'See the certificate in use: (Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | Format-List',
};

export const tlsFixes = {
  renew(host: string): string {
    return (
      `Renew the certificate that ${host} presents on port 443 and bind the new one: on Lync/SfB the Front End's web services certificate (Deployment Wizard, Request, Install or Assign Certificates); ` +
      'on Exchange the certificate bound to IIS: Enable-ExchangeCertificate -Thumbprint <new thumbprint> -Services IIS'
    );
  },
  hostname(host: string): string {
    return (
      `Reissue the certificate with ${host} in its subject alternative names, or use a name the certificate holds in the project. ` +
      'Exchange downloads https://<pool>/metadata/json/1 and Lync downloads https://<autodiscover>/autodiscover/metadata/json/1: each host must be named by the certificate served there.'
    );
  },
  trust:
    "Make the servers that connect here trust the issuing root (Exchange servers for the pool's certificate, Front Ends for Autodiscover's): import it into the computer's Trusted Root Certification Authorities store. " +
    'For this tool, add the CA file to the project (Certificates step, or trustedCaFiles; --ca on the command line). ' +
    'Avoid -TrustAnySSLCertificate: Microsoft does not recommend it in production.',
  serverAuth: 'Reissue the certificate with the Server Authentication extended key usage (1.3.6.1.5.5.7.3.1).',
};
