/**
 * The commands that fix a certificate problem, per role, from domain.md §3, as the messages that go into a
 * finding's `fix`, so an admin can copy them. Placeholders are in angle brackets; known values (thumbprints,
 * dates) are filled in. The commands are values of the messages: a translation never touches them.
 */
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { CertificateFacts } from './x509.js';

/** A roll must take effect at least 24 hours before the current certificate expires (SfB "stage" article). */
export function canRollOAuthIssuer(facts: Pick<CertificateFacts, 'notAfter'>, now: Date): boolean {
  return Date.parse(facts.notAfter) - now.getTime() >= 48 * 3_600_000;
}

const importOAuthIssuer = "Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx' -Password '<PFX password>'";
const refreshOnExchange = msg('cert.fix.oauth-issuer.refresh-on-exchange', {
  command: "Set-PartnerApplication -Identity '<the LyncEnterprise-… partner application>' -RefreshAuthMetadata",
});

export const oauthIssuerFixes = {
  /** Replace at once: the current certificate is expired or about to be, too late for a roll. */
  replaceNow: msg('cert.fix.oauth-issuer.replace-now', {
    importCommand: importOAuthIssuer,
    setCommand: 'Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint>',
    refresh: refreshOnExchange,
  }),
  /** Stage a new certificate with -Roll, effective at least 24 h before the current one expires. */
  roll(notAfter: string): Message {
    return msg('cert.fix.oauth-issuer.roll', {
      notAfter: { instant: notAfter },
      rollCommand: 'Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint> -Roll -EffectiveDate (Get-Date).AddDays(1)',
      importRollCommand: `${importOAuthIssuer} -Roll -EffectiveDate (Get-Date).AddDays(1)`,
      removePreviousCommand: 'Remove-CsCertificate -Identity global -Type OAuthTokenIssuer -Previous',
      refresh: refreshOnExchange,
    });
  },
  importWithKey: msg('cert.fix.oauth-issuer.import-with-key', { importCommand: importOAuthIssuer }),
  assignExisting(thumbprint: string): Message {
    return msg('cert.fix.oauth-issuer.assign-existing', {
      importCommand: importOAuthIssuer,
      setCommand: `Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${thumbprint}`,
    });
  },
  current: msg('cert.fix.oauth-issuer.current', { command: 'Get-CsCertificate -Type OAuthTokenIssuer' }),
};

const newExchangeAuthCertificate =
  'New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()';
const lyncRereadsExchange = msg('cert.fix.exchange-auth.lync-rereads', {
  command: "Set-CsPartnerApplication -Identity Exchange -MetadataUrl '<Exchange metadata URL>'",
});
const monitorCommand = 'MonitorExchangeAuthCertificate.ps1 -ValidateAndRenewAuthCertificate $true';

export const exchangeAuthFixes = {
  /** domain.md §3.2, emergency replacement (expired or missing). */
  replaceNow: msg('cert.fix.exchange-auth.replace-now', {
    commands: [
      newExchangeAuthCertificate,
      'Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date)',
      'Set-AuthConfig -PublishCertificate',
      'Set-AuthConfig -ClearPreviousCertificate',
    ].join('; '),
    restartCommand: 'Restart-Service MSExchangeServiceHost',
    lyncRereads: lyncRereadsExchange,
    monitorCommand,
  }),
  /** domain.md §3.2, planned rotation: stage the next certificate well ahead (48 h or more). */
  stageNext: msg('cert.fix.exchange-auth.stage-next', {
    commands: `${newExchangeAuthCertificate}; Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date).AddDays(2)`,
    clearCommand: 'Set-AuthConfig -ClearPreviousCertificate',
    lyncRereads: lyncRereadsExchange,
    monitorCommand,
  }),
  current: msg('cert.fix.exchange-auth.current', { command: '(Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | Format-List' }),
};

export const tlsFixes = {
  renew(host: string): Message {
    return msg('cert.fix.tls.renew', { host, command: 'Enable-ExchangeCertificate -Thumbprint <new thumbprint> -Services IIS' });
  },
  hostname(host: string): Message {
    return msg('cert.fix.tls.hostname', { host, lyncUrl: 'https://<pool>/metadata/json/1', exchangeUrl: 'https://<autodiscover>/autodiscover/metadata/json/1' });
  },
  trust: msg('cert.fix.tls.trust'),
  serverAuth: msg('cert.fix.tls.server-auth', { oid: '1.3.6.1.5.5.7.3.1' }),
};
