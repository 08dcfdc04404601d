/**
 * Checks of the state 00-collect-lync-state.ps1 collected (domain.md §3.1, §4.1, §6 F3, F7, F10): each condition
 * raises its `state.*` finding with the commands that fix it.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import { finding, type Finding } from '../findings.js';
import { psText, quotePs } from '../powershell/quote.js';
import type { LyncState } from './state-format.js';
import { exchangeMetadataUrlLiteral } from './state-fix-commands.js';

const exchangeApplicationId = '00000002-0000-0ff1-ce00-000000000000';

function tokenIssuerFindings(state: LyncState, now: Date): Finding[] {
  const issuers = state.oauthTokenIssuer;
  const assign = [
    '# Lync Server Management Shell, once for the whole deployment (the certificate must be at least 2048 bits, with the SIP domain in its subject):',
    "Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '<thumbprint>'",
    "# or from a .pfx file (with its password): Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path '<file.pfx>'",
    "# Then Exchange must read Lync's metadata again: Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -RefreshAuthMetadata",
  ].join('\n');
  if (issuers.length === 0) {
    return [
      finding('state.oauth-token-issuer-missing', 'error', {
        subject: 'Get-CsCertificate -Type OAuthTokenIssuer',
        detail: 'Get-CsCertificate -Type OAuthTokenIssuer returns nothing: Lync has no certificate to sign its tokens, so server-to-server authentication cannot work.',
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
      detail: `No OAuthTokenIssuer certificate is valid now: ${issuers.map((cert) => `${cert.thumbprint} (valid ${cert.notBefore.slice(0, 10)} to ${cert.notAfter.slice(0, 10)})`).join(', ')}.`,
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
        detail: 'Lync has no partner application for Exchange: it does not trust Exchange. Expected before 02-lync-trust-exchange.ps1 has run.',
        fix: `# Run 02-lync-trust-exchange.ps1, or in the Lync Server Management Shell:\n${create}`,
      }),
    ];
  }
  const wrong = partners.filter((app) => app.applicationIdentifier?.toLowerCase() !== exchangeApplicationId);
  if (wrong.length === 0) return [];
  return [
    finding('state.exchange-partner-wrong-id', 'error', {
      subject: wrong.map((app) => app.identity).join(', '),
      detail:
        `Lync's partner application ${wrong.map((app) => `${app.identity} has application id ${app.applicationIdentifier ?? '(none)'}`).join('; ')}; Exchange's is ${exchangeApplicationId}. ` +
        'Lync does not connect the two, so it does not trust Exchange (an earlier manual set-up, or a partner application made from the wrong metadata).',
      fix: ['# Lync Server Management Shell: remove it and create it again from Exchange\'s metadata', ...wrong.map((app) => `Remove-CsPartnerApplication -Identity ${psText(app.identity)}`), create].join('\n'),
    }),
  ];
}

function autodiscoverUrlFindings(state: LyncState, values: DiagnoseContext): Finding[] {
  const url = state.oauthConfiguration?.exchangeAutodiscoverUrl?.trim() ?? '';
  const right = values.exchangeAutodiscoverFqdn === null ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.svc'" : quotePs(`https://${values.exchangeAutodiscoverFqdn}/autodiscover/autodiscover.svc`);
  const fix = `Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl ${right}`;
  if (url === '') {
    return [
      finding('state.autodiscover-url-unset', 'warning', {
        subject: 'ExchangeAutodiscoverUrl',
        detail: "Get-CsOAuthConfiguration has no ExchangeAutodiscoverUrl: the Storage Service has to find Exchange's Autodiscover by itself, and fails with ErrorEwsAutodiscover when it cannot.",
        fix,
      }),
    ];
  }
  if (!/\.xml$/i.test(url)) return [];
  return [
    finding('state.autodiscover-url-xml', 'error', {
      subject: url,
      detail: `ExchangeAutodiscoverUrl is ${url}: the .xml form is Outlook's; the Storage Service needs the SOAP endpoint /autodiscover/autodiscover.svc and fails with ErrorEwsAutodiscover.`,
      fix,
    }),
  ];
}

export function checkLyncState(state: LyncState, values: DiagnoseContext, now: Date): Finding[] {
  return [...tokenIssuerFindings(state, now), ...partnerFindings(state, values), ...autodiscoverUrlFindings(state, values)];
}
