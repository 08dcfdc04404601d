/**
 * One finding per diagnosis: what the output means (the cause, from domain.md §6) and the commands that fix it,
 * filled with the values the output and the project give, and naming the ones they do not.
 */
import { finding, type Finding, type Severity } from '../findings.js';
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

/** The test again: the Conversation History run, and the archiving run when the output holds one. */
function rerunTest(inputs: Inputs): string {
  const user = literal(testUser(inputs), 'SIP URI of the test user');
  const folders = inputs.facts.dumpster ? (['ConversationHistory', 'Dumpster'] as const) : (['ConversationHistory'] as const);
  return folders.map((folder) => testCommandWith(user, folder, true)).join('\n');
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
      ? 'Configure-EnterprisePartnerApplication.ps1 printed "THE CONFIGURATION HAS SUCCEEDED.": Exchange now has a Lync partner application. Run iisreset on each Exchange server, then the mailbox-write test on a Front End.'
      : `Test-CsExStorageConnectivity succeeded: the Lync Storage Service signed in to Exchange with server-to-server OAuth and wrote a test item to the Conversation History folder${
          inputs.facts.dumpster ? ' and, in the archiving run, to the Recoverable Items (Dumpster) folder' : ''
        } of ${user ?? 'the test user'}'s mailbox. Both directions of the trust work.`;
  return finding('diag.success', 'ok', { detail, ...(user ? { subject: user } : {}) });
}

export function wildcardAcceptedDomainFinding(inputs: Inputs): Finding {
  const realm = inputs.facts.tenantRealm ?? inputs.context.realm;
  const shown = realm ?? "Lync's realm";
  return finding('diag.wildcard-accepted-domain', 'error', {
    subject: realm ?? 'accepted domains',
    detail:
      `Exchange answered 401 with x-ms-diagnostics 2000004 (invalid_tenant): it looked up the realm ${shown} of Lync's token as a tenant and found none. ` +
      `That happens when Exchange's accepted domains cover ${shown} only through a wildcard (*.${realm ?? '<domain>'}): "Wildcard domains aren't supported for server-to-server communication."`,
    fix: [
      '# Exchange Management Shell: which accepted domains are wildcards (a DomainName starting with *)?',
      "Get-AcceptedDomain | Format-Table -Property 'Name', 'DomainName', 'DomainType', 'Default'",
      `# Define the realm explicitly (use the DomainType the wildcard entry has, usually Authoritative):`,
      `New-AcceptedDomain -Name ${literal(realm, 'realm')} -DomainName ${literal(realm, 'realm')} -DomainType Authoritative`,
      '# Replace the wildcard by explicit entries for every other domain in use, then, with the mail-flow owner, remove it:',
      "Remove-AcceptedDomain -Identity '<name of the wildcard entry>' -WhatIf",
      '# Then run the test again on the Front End:',
      rerunTest(inputs),
    ].join('\n'),
  });
}

function trustedIssuerNote(inputs: Inputs): string {
  const issuers = inputs.facts.trustedIssuers;
  if (issuers === null) return 'Run the test with -Verbose to see which issuers Exchange trusts (trusted_issuers in its WWW-Authenticate header).';
  const lync = issuers.filter((issuer) => issuer.toLowerCase().startsWith(`${lyncApplicationId}@`));
  if (lync.length === 0) {
    return `Exchange's challenge lists trusted_issuers="${issuers.join(',')}" and no Lync issuer (${lyncApplicationId}@<realm>): Exchange has no enabled Lync partner application.`;
  }
  const realm = inputs.context.realm;
  const matches = realm !== null && lync.some((issuer) => issuer.toLowerCase() === `${lyncApplicationId}@${realm}`);
  return realm === null || matches
    ? `Exchange trusts the Lync issuer ${lync.join(', ')}, so its partner application exists; it refused the token all the same, so OAuth is off on a virtual directory, or Exchange holds an old Lync signing key (after a certificate roll) and must refresh the metadata.`
    : `Exchange trusts ${lync.join(', ')}, but the project's realm is ${realm}: the partner application was made from another pool's or realm's metadata.`;
}

export function oauth401Finding(inputs: Inputs): Finding {
  const metadataUrl = quotePs(inputs.context.lyncMetadataUrl ?? 'https://<pool FQDN>/metadata/json/1');
  return finding('diag.oauth-401', 'error', {
    subject: 'Exchange EWS / Autodiscover',
    detail:
      "Exchange answered 401 Unauthorized to the Storage Service's OAuth token. The documented causes: OAuth authentication is off on the EWS or the Autodiscover virtual directory " +
      '("the default configuration for Exchange does not include support for accepting Oauth tokens"), or Exchange has no enabled partner application for Lync. ' +
      trustedIssuerNote(inputs),
    fix: [
      '# Exchange Management Shell: OAuthAuthentication must be True on every EWS and Autodiscover virtual directory',
      "Get-WebServicesVirtualDirectory -ADPropertiesOnly | Format-Table -Property 'Server', 'Identity', 'OAuthAuthentication'",
      "Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Format-Table -Property 'Server', 'Identity', 'OAuthAuthentication'",
      'Get-WebServicesVirtualDirectory -ADPropertiesOnly | Where-Object { -not $_.OAuthAuthentication } | Set-WebServicesVirtualDirectory -OAuthAuthentication $true',
      'Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | Where-Object { -not $_.OAuthAuthentication } | Set-AutodiscoverVirtualDirectory -OAuthAuthentication $true',
      '# Exchange must hold one enabled Lync partner application made from this pool\'s metadata',
      "Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise*' } | Format-List -Property 'Name', 'ApplicationIdentifier', 'Realm', 'Enabled', 'AuthMetadataUrl'",
      "Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -Enabled $true",
      "Set-PartnerApplication -Identity '<LyncEnterprise-… name>' -RefreshAuthMetadata",
      `# None there: run 01-exchange-trust-lync.ps1, or: & "$env:ExchangeInstallPath\\Scripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl ${metadataUrl} -ApplicationType Lync`,
      ...iisresets(inputs.context),
      '# Then run the test again on the Front End:',
      rerunTest(inputs),
    ].join('\n'),
  });
}

export function accessDeniedFinding(inputs: Inputs): Finding {
  return finding('diag.access-denied', 'error', {
    subject: 'the account that ran the test',
    detail:
      'The Storage Service refused the account that ran the test. Microsoft\'s reference for Test-CsExStorageConnectivity: "Access Denied" means the caller is not a member of the ' +
      'local group RTC Local User Administrators on the Front End (or of the Active Directory group RTCUniversalUserAdmins).',
    fix: [
      '# On the Front End, as the account that runs the test: which RTC groups does the logon carry?',
      'whoami /groups | findstr /i "RTC"',
      '# An Active Directory admin adds the account (ActiveDirectory module):',
      "Add-ADGroupMember -Identity 'RTCUniversalUserAdmins' -Members '<the account that runs the test>'",
      '# Sign out and in again (group membership is read at logon), open the Lync Server Management Shell and run the test again:',
      rerunTest(inputs),
    ].join('\n'),
  });
}

export function autodiscoverFailedFinding(inputs: Inputs): Finding {
  const { facts, context } = inputs;
  const used = facts.autodiscoverUrl;
  const xml = used !== null && /\.xml$/i.test(used);
  const what = [
    used === null ? null : `The Storage Service asked ${used}`,
    facts.notFound ? 'it answered (404) Not Found' : null,
    facts.canceled ? 'the request was canceled (no answer in time)' : null,
  ].filter((part): part is string => part !== null);
  const cause = xml
    ? 'The URL ends in .xml: that is the Outlook (SCP) form; the Lync Storage Service needs the SOAP endpoint /autodiscover/autodiscover.svc.'
    : "Documented causes: Lync's ExchangeAutodiscoverUrl is wrong, missing or ends in .xml instead of .svc; Exchange's Autodiscover (SCP AutoDiscoverServiceInternalUri, DNS for the Autodiscover name) is not set up; in hybrid set-ups a stale ClientAuthorizationOAuthServerIdentity.";
  const autodiscover = context.exchangeAutodiscoverFqdn;
  return finding('diag.autodiscover-failed', 'error', {
    subject: used ?? 'ExchangeAutodiscoverUrl',
    detail: `The Storage Service could not find the test user's EWS URL through Autodiscover (ErrorEwsAutodiscover: GetUserSettings failed)${what.length > 0 ? `. ${what.join('; ')}` : ''}. ${cause}`,
    fix: [
      '# Lync Server Management Shell: the URL the Storage Service uses must end in /autodiscover/autodiscover.svc',
      "Get-CsOAuthConfiguration | Format-List -Property 'ExchangeAutodiscoverUrl', 'ClientAuthorizationOAuthServerIdentity'",
      `Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl ${autodiscoverServiceUrl(context)}`,
      '# Exchange Management Shell: Autodiscover must be configured (Get-ClientAccessServer / Set-ClientAccessServer on Exchange 2013)',
      "Get-ClientAccessService | Format-List -Property 'Name', 'AutoDiscoverServiceInternalUri'",
      `Set-ClientAccessService -Identity '<Exchange server>' -AutoDiscoverServiceInternalUri ${
        autodiscover === null ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.xml'" : quotePs(`https://${autodiscover}/autodiscover/autodiscover.xml`)
      }`,
      '# On the Front End: the Autodiscover name must resolve to Exchange',
      `Resolve-DnsName ${literal(autodiscover, 'Autodiscover FQDN')}`,
      rerunTest(inputs),
    ].join('\n'),
  });
}

export function emptyResponseFinding(inputs: Inputs): Finding {
  return finding('diag.empty-response', 'error', {
    subject: 'the EWS answer',
    detail:
      "Error 574, \"Client found response content type of '', but expected 'text/xml'\": the EWS request got an HTTP answer with no body and no content type. " +
      "The cause is not documented: the only public report (Skype for Business Server 2015 with Exchange 2016) was closed without one. An empty answer usually comes from something " +
      'other than EWS itself, such as a load balancer, a reverse proxy or an IIS error page, but that is an inference, not a confirmed cause. Check, in this order:',
    fix: [
      "# 1. Lync Server Management Shell on the Front End (Skype for Business Server 2015 and later): the Storage Service's own record of the failure",
      `Debug-CsStorageServiceFailures -SipUri ${literal(testUser(inputs), 'SIP URI of the test user')}`,
      '# 2. Event Viewer on the Front End, "Lync Server" log: LS Storage Service events (32053, 32054) at the time of the test',
      '# 3. The IIS logs of each Exchange server (C:\\inetpub\\logs\\LogFiles\\W3SVC1): the POST to /EWS/Exchange.asmx at that time, its status and sub-status, and which server answered',
      '# 4. Anything between the Front End and Exchange (load balancer, reverse proxy, TLS offload) that may answer in Exchange\'s place',
      '# 5. The test again with -Verbose, to see the HTTP exchange:',
      rerunTest(inputs),
    ].join('\n'),
  });
}

export function metadataDownloadFailedFinding(inputs: Inputs): Finding {
  const { facts, context } = inputs;
  const url = facts.metadataUrl ?? (facts.configureScript ? context.lyncMetadataUrl : context.exchangeMetadataUrl);
  const exchangeSide = facts.configureScript;
  const wrongPath = !exchangeSide && url !== null && new URL(url).pathname.toLowerCase() !== '/autodiscover/metadata/json/1';
  const downloader = exchangeSide ? 'the Exchange server' : 'the Front End';
  const detail =
    `${exchangeSide ? 'Exchange could not download the Lync metadata document' : "Lync could not download Exchange's metadata document"}${url ? ` from ${url}` : ''}, ` +
    'or what it downloaded is not a metadata document. The causes: a wrong URL, a name ' +
    `${downloader} cannot resolve (DNS), or a TLS certificate ${downloader} does not trust or that does not name the host.` +
    (wrongPath
      ? ` The URL's path is ${new URL(url as string).pathname}; Exchange serves the document at /autodiscover/metadata/json/1 (Example 1 of Microsoft's New-CsPartnerApplication page leaves out /autodiscover).`
      : '');
  const fetchUrl = exchangeSide
    ? quotePs(url ?? 'https://<pool FQDN>/metadata/json/1')
    : wrongPath
      ? quotePs(`https://${new URL(url as string).host}/autodiscover/metadata/json/1`)
      : quotePs(url ?? 'https://<Autodiscover FQDN>/autodiscover/metadata/json/1');
  const host = url === null ? null : new URL(url).hostname;
  return finding('diag.metadata-download-failed', 'error', {
    subject: url ?? (exchangeSide ? 'lyncMetadataUrl' : 'exchangeMetadataUrl'),
    detail,
    fix: [
      `# On ${downloader} (the download happens there): does the name resolve, and does the document come back over a trusted TLS connection?`,
      `Resolve-DnsName ${literal(host, 'host of the metadata URL')}`,
      `Invoke-WebRequest -Uri ${fetchUrl} -UseBasicParsing | Select-Object -Property 'StatusCode', 'Content'`,
      '# The wizard\'s Metadata step fetches the same URL and says whether the URL, the name or the certificate is at fault.',
      ...(exchangeSide
        ? [`# Then run Configure-EnterprisePartnerApplication.ps1 again (or 01-exchange-trust-lync.ps1) with -AuthMetadataUrl ${fetchUrl}`]
        : [
            `New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl ${fetchUrl}`,
            `# (when the Exchange partner application exists: Set-CsPartnerApplication -Identity Exchange -MetadataUrl ${fetchUrl})`,
            "# If the Front End cannot be made to trust Exchange's certificate, set the project's option \"Lync trusts Exchange by\" to certificate.",
          ]),
    ].join('\n'),
  });
}

export function noMailboxFinding(inputs: Inputs): Finding {
  const user = testUser(inputs);
  const parsed = user === null ? null : parseSipUri(user);
  const address = parsed?.ok ? `${parsed.uri.user}@${parsed.uri.domain}` : null;
  const dumpster = inputs.facts.dumpster;
  return finding('diag.no-mailbox', 'error', {
    subject: user ?? 'testUserSipUri',
    detail:
      `Exchange has no mailbox it can write to for ${user ?? 'the test user'} (ErrorNonExistentMailbox / InvalidUser): the Storage Service found no mailbox for the user's address. ` +
      'The test user needs a mailbox on Exchange 2013 or later' +
      (dumpster ? ', and for the -Folder Dumpster run the user must also be enabled for Exchange archiving.' : '.'),
    fix: [
      "# Exchange Management Shell: the user's mailbox, its address and its version (the SIP address is usually, not always, the primary SMTP address)",
      `Get-Mailbox -Identity ${literal(address, 'e-mail address of the user')} | Format-List -Property 'Name', 'PrimarySmtpAddress', 'Database', 'ExchangeVersion'`,
      '# Lync Server Management Shell: the user behind the SIP address',
      `Get-CsUser -Identity ${literal(user, 'SIP URI of the test user')} | Format-List -Property 'SipAddress', 'UserPrincipalName', 'Enabled'`,
      ...(dumpster
        ? ["# Archiving: run 04-enable-archiving.ps1 (Set-CsArchivingConfiguration -EnableExchangeArchiving $true) and check the user's ExchangeArchivingPolicy with Get-CsUser."]
        : []),
      '# Or pick a test user with an Exchange 2013+ mailbox in the Topology step, and run the test again:',
      rerunTest(inputs),
    ].join('\n'),
  });
}

export function unknownFinding(inputs: Inputs, errorLines: number, empty: boolean): Finding {
  const severity: Severity = errorLines > 0 ? 'error' : 'warning';
  const detail = empty
    ? 'The output is empty.'
    : errorLines > 0
      ? `None of the known failures matches, and ${errorLines} line(s) look like errors (shown as evidence).`
      : 'No known failure and no success line: the output may be cut short, or the test ran without -Verbose.';
  return finding('diag.unknown', severity, {
    detail: `${detail} The wizard knows the failures of domain.md §6: 401 (OAuth off, no partner application, wildcard accepted domain), Access Denied, Autodiscover, error 574, the metadata download, no mailbox.`,
    fix: [
      '# Lync Server Management Shell on a Front End: run the test with -Verbose and paste the whole output, or import the output file of 03-verify.ps1',
      rerunTest(inputs),
      "# The Storage Service's own record of its recent failures (Skype for Business Server 2015 and later):",
      `Debug-CsStorageServiceFailures -SipUri ${literal(testUser(inputs), 'SIP URI of the test user')}`,
      ...(inputs.facts.dumpster ? ['# This was the -Folder Dumpster run: it fails when the user is not enabled for Exchange archiving (04-enable-archiving.ps1).'] : []),
    ].join('\n'),
  });
}
