/**
 * Checks of the state 00-collect-lync-state.ps1 collected (domain.md §3.1, §4.1, §6 F3, F7, F10): each condition
 * raises its `state.*` finding with the commands that fix it.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { psText, quotePs } from '../powershell/quote.js';
import type { LyncState } from './state-format.js';
import { commandLines, exchangeMetadataUrlLiteral } from './state-fix-commands.js';

const exchangeApplicationId = '00000002-0000-0ff1-ce00-000000000000';

function tokenIssuerFindings(state: LyncState, now: Date): Finding[] {
  const issuers = state.oauthTokenIssuer;
  const assign = msg('state.oauth-token-issuer.assign', {
    setCommand: "Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '<thumbprint>'",
    importCommand: "Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path '<file.pfx>'",
    refreshCommand: "Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -RefreshAuthMetadata",
  });
  if (issuers.length === 0) {
    return [
      finding('state.oauth-token-issuer-missing', 'error', {
        subject: 'Get-CsCertificate -Type OAuthTokenIssuer',
        detail: msg('state.oauth-token-issuer-missing.detail', { command: 'Get-CsCertificate -Type OAuthTokenIssuer' }),
        fix: assign,
      }),
    ];
  }
  const at = now.getTime();
  const valid = issuers.filter((cert) => Date.parse(cert.notBefore) <= at && at <= Date.parse(cert.notAfter));
  if (valid.length > 0) return [];
  return [
    finding('state.oauth-token-issuer-expired', 'error', {
      subject: issuers.map((cert) => cert.thumbprint).join(', '),
      detail: msg('state.oauth-token-issuer-expired.detail', {
        certificates: {
          list: issuers.map((cert) =>
            msg('state.oauth-token-issuer-expired.certificate', {
              thumbprint: cert.thumbprint,
              notBefore: { day: cert.notBefore.slice(0, 10) },
              notAfter: { day: cert.notAfter.slice(0, 10) },
            }),
          ),
          separator: ', ',
        },
      }),
      fix: assign,
    }),
  ];
}

/** The partner application that stands for Exchange: by name, by application id, or by its metadata URL. */
function isExchangePartner(app: LyncState['partnerApplications'][number], values: DiagnoseContext): boolean {
  if (/^(microsoft\.)?exchange$/i.test(app.identity)) return true;
  if (app.applicationIdentifier?.toLowerCase() === exchangeApplicationId) return true;
  return values.exchangeMetadataUrl !== null && app.metadataUrl?.toLowerCase() === values.exchangeMetadataUrl.toLowerCase();
}

function partnerFindings(state: LyncState, values: DiagnoseContext): Finding[] {
  const partners = state.partnerApplications.filter((app) => isExchangePartner(app, values));
  const create = `New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl ${exchangeMetadataUrlLiteral(values)}`;
  if (partners.length === 0) {
    return [
      finding('state.no-exchange-partner', 'warning', {
        subject: 'Get-CsPartnerApplication',
        detail: msg('state.no-exchange-partner.detail', { script: '02-lync-trust-exchange.ps1' }),
        fix: msg('state.no-exchange-partner.fix', { script: '02-lync-trust-exchange.ps1', command: create }),
      }),
    ];
  }
  const wrong = partners.filter((app) => app.applicationIdentifier?.toLowerCase() !== exchangeApplicationId);
  if (wrong.length === 0) return [];
  return [
    finding('state.exchange-partner-wrong-id', 'error', {
      subject: wrong.map((app) => app.identity).join(', '),
      detail: msg('state.exchange-partner-wrong-id.detail', {
        applications: {
          list: wrong.map((app) =>
            app.applicationIdentifier === null
              ? msg('state.exchange-partner-wrong-id.application.none', { identity: app.identity })
              : msg('state.exchange-partner-wrong-id.application', { identity: app.identity, applicationId: app.applicationIdentifier }),
          ),
          separator: '; ',
        },
        exchangeId: exchangeApplicationId,
      }),
      fix: msg('state.exchange-partner-wrong-id.fix', {
        commands: commandLines([...wrong.map((app) => `Remove-CsPartnerApplication -Identity ${psText(app.identity)}`), create]),
      }),
    }),
  ];
}

function autodiscoverUrlFindings(state: LyncState, values: DiagnoseContext): Finding[] {
  const url = state.oauthConfiguration?.exchangeAutodiscoverUrl?.trim() ?? '';
  const right = values.exchangeAutodiscoverFqdn === null ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.svc'" : quotePs(`https://${values.exchangeAutodiscoverFqdn}/autodiscover/autodiscover.svc`);
  const fix = msg('state.commands', { commands: `Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl ${right}` });
  if (url === '') {
    return [
      finding('state.autodiscover-url-unset', 'warning', {
        subject: 'ExchangeAutodiscoverUrl',
        detail: msg('state.autodiscover-url-unset.detail'),
        fix,
      }),
    ];
  }
  if (!/\.xml$/i.test(url)) return [];
  return [
    finding('state.autodiscover-url-xml', 'error', {
      subject: url,
      detail: msg('state.autodiscover-url-xml.detail', { url }),
      fix,
    }),
  ];
}

export function checkLyncState(state: LyncState, values: DiagnoseContext, now: Date): Finding[] {
  return [...tokenIssuerFindings(state, now), ...partnerFindings(state, values), ...autodiscoverUrlFindings(state, values)];
}
