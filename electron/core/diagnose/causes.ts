/**
 * One finding per diagnosis: what the output means (the cause, from domain.md §6) and the commands that fix it,
 * filled with the values the output and the project give, and naming the ones they do not.
 */
import { finding, type Finding, type Severity } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { ListValue, MessageValue } from '../messages.js';
import { parseSipUri } from '../model/values.js';
import { quotePs } from '../powershell/quote.js';
import type { DiagnoseContext } from './diagnose-context.js';
import type { OutputFacts } from './output-facts.js';
import { testCommandWith } from './test-commands.js';

const lyncApplicationId = '00000004-0000-0ff1-ce00-000000000000';

/** A quoted value, or a quoted placeholder that says what to put there. */
const literal = (value: string | null, placeholder: string) => quotePs(value ?? `<${placeholder}>`);

interface Inputs {
  context: DiagnoseContext;
  facts: OutputFacts;
}

const testUser = ({ context, facts }: Inputs) => facts.sipUri ?? context.testUserSipUri;

/** Command lines, one under the other. */
const lines = (commands: readonly string[]): ListValue => ({ list: commands, separator: '\n' });

/** The test again: the Conversation History run, and the archiving run when the output holds one. */
function rerunTest(inputs: Inputs): ListValue {
  const user = literal(testUser(inputs), 'SIP URI of the test user');
  const folders = inputs.facts.dumpster ? (['ConversationHistory', 'Dumpster'] as const) : (['ConversationHistory'] as const);
  return lines(folders.map((folder) => testCommandWith(user, folder, true)));
}

/** The test user as the output or the project names it, or "the test user". */
function userOrDefault(inputs: Inputs): MessageValue {
  return testUser(inputs) ?? msg('diag.the-test-user');
}

function iisresets(context: DiagnoseContext): string[] {
  if (context.exchangeServers.length === 0) return ["iisreset '<each Exchange server>'"];
  return context.exchangeServers.map((server) => `iisreset ${quotePs(server)}`);
}

function autodiscoverServiceUrl(context: DiagnoseContext): string {
  return context.exchangeAutodiscoverFqdn === null
    ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.svc'"
    : quotePs(`https://${context.exchangeAutodiscoverFqdn}/autodiscover/autodiscover.svc`);
}

export function successFinding(inputs: Inputs, how: 'verdict' | 'configure-script'): Finding {
  const user = testUser(inputs);
  const detail =
    how === 'configure-script'
      ? msg('diag.success.detail.configure-script')
      : msg(inputs.facts.dumpster ? 'diag.success.detail.verdict.dumpster' : 'diag.success.detail.verdict', { user: userOrDefault(inputs) });
  return finding('diag.success', 'ok', { detail, ...(user ? { subject: user } : {}) });
}

export function wildcardAcceptedDomainFinding(inputs: Inputs): Finding {
  const realm = inputs.facts.tenantRealm ?? inputs.context.realm;
  return finding('diag.wildcard-accepted-domain', 'error', {
    subject: realm ?? 'accepted domains',
    detail: realm === null ? msg('diag.wildcard-accepted-domain.detail.realm-unknown') : msg('diag.wildcard-accepted-domain.detail', { realm }),
    fix: msg('diag.wildcard-accepted-domain.fix', {
      listCommand: "Get-AcceptedDomain | Format-Table -Property 'Name', 'DomainName', 'DomainType', 'Default'",
      newCommand: `New-AcceptedDomain -Name ${literal(realm, 'realm')} -DomainName ${literal(realm, 'realm')} -DomainType Authoritative`,
      removeCommand: "Remove-AcceptedDomain -Identity '<name of the wildcard entry>' -WhatIf",
      testCommands: rerunTest(inputs),
    }),
  });
}

function trustedIssuerNote(inputs: Inputs) {
  const issuers = inputs.facts.trustedIssuers;
  if (issuers === null) return msg('diag.oauth-401.note.no-verbose');
  const lync = issuers.filter((issuer) => issuer.toLowerCase().startsWith(`${lyncApplicationId}@`));
  if (lync.length === 0) return msg('diag.oauth-401.note.no-lync-issuer', { issuers: issuers.join(','), lyncIssuer: `${lyncApplicationId}@<realm>` });
  const realm = inputs.context.realm;
  const matches = realm !== null && lync.some((issuer) => issuer.toLowerCase() === `${lyncApplicationId}@${realm}`);
  return realm === null || matches
    ? msg('diag.oauth-401.note.lync-trusted', { issuers: lync.join(', ') })
    : msg('diag.oauth-401.note.other-realm', { issuers: lync.join(', '), realm });
}

export function oauth401Finding(inputs: Inputs): Finding {
  const metadataUrl = quotePs(inputs.context.lyncMetadataUrl ?? 'https://<pool FQDN>/metadata/json/1');
  return finding('diag.oauth-401', 'error', {
    subject: 'Exchange EWS / Autodiscover',
    detail: msg('diag.oauth-401.detail', { note: trustedIssuerNote(inputs) }),
    fix: msg('diag.oauth-401.fix', {
      oauthCommands: lines([
        "Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-Table -Property 'Server', 'Identity', 'OAuthAuthentication'",
        "Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Format-Table -Property 'Server', 'Identity', 'OAuthAuthentication'",
        'Get-WebServicesVirtualDirectory -ADPropertiesOnly | Where-Object { -not $_.OAuthAuthentication } | Set-WebServicesVirtualDirectory -OAuthAuthentication $true',
        'Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Where-Object { -not $_.OAuthAuthentication } | Set-AutodiscoverVirtualDirectory -OAuthAuthentication $true',
      ]),
      partnerCommands: lines([
        "Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise*' } | Format-List -Property 'Name', 'ApplicationIdentifier', 'Realm', 'Enabled', 'AuthMetadataUrl'",
        "Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -Enabled $true",
        "Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -RefreshAuthMetadata",
      ]),
      script: '01-exchange-trust-lync.ps1',
      configureCommand: `& "$env:ExchangeInstallPath\\Scripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl ${metadataUrl} -ApplicationType Lync`,
      iisresets: lines(iisresets(inputs.context)),
      testCommands: rerunTest(inputs),
    }),
  });
}

export function accessDeniedFinding(inputs: Inputs): Finding {
  return finding('diag.access-denied', 'error', {
    subject: 'the account that ran the test',
    detail: msg('diag.access-denied.detail'),
    fix: msg('diag.access-denied.fix', {
      groupsCommand: 'whoami /groups | findstr /i "RTC"',
      addCommand: "Add-ADGroupMember -Identity 'RTCUniversalUserAdmins' -Members '<the account that runs the test>'",
      testCommands: rerunTest(inputs),
    }),
  });
}

export function autodiscoverFailedFinding(inputs: Inputs): Finding {
  const { facts, context } = inputs;
  const used = facts.autodiscoverUrl;
  const xml = used !== null && /\.xml$/i.test(used);
  const seen = [
    used === null ? null : msg('diag.autodiscover-failed.asked', { url: used }),
    facts.notFound ? msg('diag.autodiscover-failed.not-found') : null,
    facts.canceled ? msg('diag.autodiscover-failed.canceled') : null,
  ].filter((part) => part !== null);
  const cause = xml ? msg('diag.autodiscover-failed.cause.xml') : msg('diag.autodiscover-failed.cause.documented');
  const autodiscover = context.exchangeAutodiscoverFqdn;
  return finding('diag.autodiscover-failed', 'error', {
    subject: used ?? 'ExchangeAutodiscoverUrl',
    detail: seen.length > 0 ? msg('diag.autodiscover-failed.detail.seen', { seen: { list: seen, separator: msg('diag.autodiscover-failed.separator') }, cause }) : msg('diag.autodiscover-failed.detail', { cause }),
    fix: msg('diag.autodiscover-failed.fix', {
      lyncCommands: lines([
        "Get-CsOAuthConfiguration | Format-List -Property 'ExchangeAutodiscoverUrl', 'ClientAuthorizationOAuthServerIdentity'",
        `Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl ${autodiscoverServiceUrl(context)}`,
      ]),
      exchangeCommands: lines([
        "Get-ClientAccessService | Format-List -Property 'Name', 'AutoDiscoverServiceInternalUri'",
        `Set-ClientAccessService -Identity '<Exchange server>' -AutoDiscoverServiceInternalUri ${
          autodiscover === null ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.xml'" : quotePs(`https://${autodiscover}/autodiscover/autodiscover.xml`)
        }`,
      ]),
      dnsCommand: `Resolve-DnsName ${literal(autodiscover, 'Autodiscover FQDN')}`,
      testCommands: rerunTest(inputs),
    }),
  });
}

export function emptyResponseFinding(inputs: Inputs): Finding {
  return finding('diag.empty-response', 'error', {
    subject: 'the EWS answer',
    detail: msg('diag.empty-response.detail'),
    fix: msg('diag.empty-response.fix', {
      debugCommand: `Debug-CsStorageServiceFailures -SipUri ${literal(testUser(inputs), 'SIP URI of the test user')}`,
      logFolder: 'C:\\inetpub\\logs\\LogFiles\\W3SVC1',
      testCommands: rerunTest(inputs),
    }),
  });
}

export function metadataDownloadFailedFinding(inputs: Inputs): Finding {
  const { facts, context } = inputs;
  const url = facts.metadataUrl ?? (facts.configureScript ? context.lyncMetadataUrl : context.exchangeMetadataUrl);
  const exchangeSide = facts.configureScript;
  const wrongPath = !exchangeSide && url !== null && new URL(url).pathname.toLowerCase() !== '/autodiscover/metadata/json/1';
  const downloader = exchangeSide ? msg('diag.metadata-download-failed.exchange-server') : msg('diag.metadata-download-failed.front-end');
  const failed = exchangeSide
    ? url
      ? msg('diag.metadata-download-failed.failed.exchange.from', { url })
      : msg('diag.metadata-download-failed.failed.exchange')
    : url
      ? msg('diag.metadata-download-failed.failed.lync.from', { url })
      : msg('diag.metadata-download-failed.failed.lync');
  const detail = wrongPath
    ? msg('diag.metadata-download-failed.detail.wrong-path', { failed, downloader, path: new URL(url as string).pathname })
    : msg('diag.metadata-download-failed.detail', { failed, downloader });
  const fetchUrl = exchangeSide
    ? quotePs(url ?? 'https://<pool FQDN>/metadata/json/1')
    : wrongPath
      ? quotePs(`https://${new URL(url as string).host}/autodiscover/metadata/json/1`)
      : quotePs(url ?? 'https://<Autodiscover FQDN>/autodiscover/metadata/json/1');
  const host = url === null ? null : new URL(url).hostname;
  const check = {
    downloader,
    dnsCommand: `Resolve-DnsName ${literal(host, 'host of the metadata URL')}`,
    fetchCommand: `Invoke-WebRequest -Uri ${fetchUrl} -UseBasicParsing | Select-Object -Property 'StatusCode', 'Content'`,
  };
  return finding('diag.metadata-download-failed', 'error', {
    subject: url ?? (exchangeSide ? 'lyncMetadataUrl' : 'exchangeMetadataUrl'),
    detail,
    fix: exchangeSide
      ? msg('diag.metadata-download-failed.fix.exchange', { ...check, option: `-AuthMetadataUrl ${fetchUrl}` })
      : msg('diag.metadata-download-failed.fix.lync', {
          ...check,
          newCommand: `New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl ${fetchUrl}`,
          setCommand: `Set-CsPartnerApplication -Identity Exchange -MetadataUrl ${fetchUrl}`,
        }),
  });
}

export function noMailboxFinding(inputs: Inputs): Finding {
  const user = testUser(inputs);
  const parsed = user === null ? null : parseSipUri(user);
  const address = parsed?.ok ? `${parsed.uri.user}@${parsed.uri.domain}` : null;
  const dumpster = inputs.facts.dumpster;
  return finding('diag.no-mailbox', 'error', {
    subject: user ?? 'testUserSipUri',
    detail: msg(dumpster ? 'diag.no-mailbox.detail.dumpster' : 'diag.no-mailbox.detail', { user: userOrDefault(inputs) }),
    fix: msg(dumpster ? 'diag.no-mailbox.fix.dumpster' : 'diag.no-mailbox.fix', {
      mailboxCommand: `Get-Mailbox -Identity ${literal(address, 'e-mail address of the user')} | Format-List -Property 'Name', 'PrimarySmtpAddress', 'Database', 'ExchangeVersion'`,
      userCommand: `Get-CsUser -Identity ${literal(user, 'SIP URI of the test user')} | Format-List -Property 'SipAddress', 'UserPrincipalName', 'Enabled'`,
      testCommands: rerunTest(inputs),
    }),
  });
}

export function unknownFinding(inputs: Inputs, errorLines: number, empty: boolean): Finding {
  const severity: Severity = errorLines > 0 ? 'error' : 'warning';
  const detail = empty
    ? msg('diag.unknown.detail.empty')
    : errorLines > 0
      ? msg('diag.unknown.detail.errors', { count: errorLines })
      : msg('diag.unknown.detail.no-verdict');
  return finding('diag.unknown', severity, {
    detail,
    fix: msg(inputs.facts.dumpster ? 'diag.unknown.fix.dumpster' : 'diag.unknown.fix', {
      testCommands: rerunTest(inputs),
      debugCommand: `Debug-CsStorageServiceFailures -SipUri ${literal(testUser(inputs), 'SIP URI of the test user')}`,
    }),
  });
}
