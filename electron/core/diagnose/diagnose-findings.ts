/**
 * Finding ids raised by the diagnosis of pasted or imported cmdlet output (diagnose.ts, causes.ts), with their
 * titles, and the English of their messages. A fix is lines: comments (translated) and commands (values).
 */
export const diagnoseFindings = {
  'diag.success': 'The mailbox-write test succeeded',
  'diag.wildcard-accepted-domain': "Exchange cannot match Lync's realm to an accepted domain (wildcard accepted domain)",
  'diag.oauth-401': "Exchange refused Lync's OAuth token (401 Unauthorized)",
  'diag.access-denied': 'The account running the test may not use the Storage Service (Access Denied)',
  'diag.autodiscover-failed': "The Storage Service could not find the user's mailbox through Autodiscover",
  'diag.empty-response': "Exchange's answer was empty (error 574)",
  'diag.metadata-download-failed': "Lync could not download Exchange's metadata document",
  'diag.no-mailbox': 'The test user has no mailbox the test can write to',
  'diag.unknown': 's2s-wizard does not recognise this output',
} as const satisfies Record<string, string>;

export const diagnoseMessages = {
  'diag.the-test-user': 'the test user',
  'diag.note.other-run-succeeded': '{detail} Another run in this output succeeded (line {line}).',

  'diag.success.detail.configure-script':
    'Configure-EnterprisePartnerApplication.ps1 printed "THE CONFIGURATION HAS SUCCEEDED.": Exchange now has a Lync partner application. Run iisreset on each Exchange server, then the mailbox-write test on a Front End.',
  'diag.success.detail.verdict':
    "Test-CsExStorageConnectivity succeeded: the Lync Storage Service signed in to Exchange with server-to-server OAuth and wrote a test item to the Conversation History folder of {user}'s mailbox. Both directions of the trust work.",
  'diag.success.detail.verdict.dumpster':
    "Test-CsExStorageConnectivity succeeded: the Lync Storage Service signed in to Exchange with server-to-server OAuth and wrote a test item to the Conversation History folder and, in the archiving run, to the Recoverable Items (Dumpster) folder of {user}'s mailbox. Both directions of the trust work.",

  'diag.wildcard-accepted-domain.detail':
    "Exchange answered 401 with x-ms-diagnostics 2000004 (invalid_tenant): it looked up the realm {realm} of Lync's token as a tenant and found none. That happens when Exchange's accepted domains cover {realm} only through a wildcard (*.{realm}): \"Wildcard domains aren't supported for server-to-server communication.\"",
  'diag.wildcard-accepted-domain.detail.realm-unknown':
    "Exchange answered 401 with x-ms-diagnostics 2000004 (invalid_tenant): it looked up the realm Lync's realm of Lync's token as a tenant and found none. That happens when Exchange's accepted domains cover Lync's realm only through a wildcard (*.<domain>): \"Wildcard domains aren't supported for server-to-server communication.\"",
  'diag.wildcard-accepted-domain.fix':
    '# Exchange Management Shell: which accepted domains are wildcards (a DomainName starting with *)?\n{listCommand}\n# Define the realm explicitly (use the DomainType the wildcard entry has, usually Authoritative):\n{newCommand}\n# Replace the wildcard by explicit entries for every other domain in use, then, with the mail-flow owner, remove it:\n{removeCommand}\n# Then run the test again on the Front End:\n{testCommands}',

  'diag.oauth-401.detail':
    'Exchange answered 401 Unauthorized to the Storage Service\'s OAuth token. The documented causes: OAuth authentication is off on the EWS or the Autodiscover virtual directory ("the default configuration for Exchange does not include support for accepting Oauth tokens"), or Exchange has no enabled partner application for Lync. {note}',
  'diag.oauth-401.note.no-verbose': 'Run the test with -Verbose to see which issuers Exchange trusts (trusted_issuers in its WWW-Authenticate header).',
  'diag.oauth-401.note.no-lync-issuer':
    'Exchange\'s challenge lists trusted_issuers="{issuers}" and no Lync issuer ({lyncIssuer}): Exchange has no enabled Lync partner application.',
  'diag.oauth-401.note.lync-trusted':
    'Exchange trusts the Lync issuer {issuers}, so its partner application exists; it refused the token all the same, so OAuth is off on a virtual directory, or Exchange holds an old Lync signing key (after a certificate roll) and must refresh the metadata.',
  'diag.oauth-401.note.other-realm':
    "Exchange trusts {issuers}, but the project's realm is {realm}: the partner application was made from another pool's or realm's metadata.",
  'diag.oauth-401.fix':
    "# Exchange Management Shell: OAuthAuthentication must be True on every EWS and Autodiscover virtual directory\n{oauthCommands}\n# Exchange must hold one enabled Lync partner application made from this pool's metadata\n{partnerCommands}\n# None there: run {script}, or: {configureCommand}\n{iisresets}\n# Then run the test again on the Front End:\n{testCommands}",

  'diag.access-denied.detail':
    'The Storage Service refused the account that ran the test. Microsoft\'s reference for Test-CsExStorageConnectivity: "Access Denied" means the caller is not a member of the local group RTC Local User Administrators on the Front End (or of the Active Directory group RTCUniversalUserAdmins).',
  'diag.access-denied.fix':
    '# On the Front End, as the account that runs the test: which RTC groups does the logon carry?\n{groupsCommand}\n# An Active Directory admin adds the account (ActiveDirectory module):\n{addCommand}\n# Sign out and in again (group membership is read at logon), open the Lync Server Management Shell and run the test again:\n{testCommands}',

  'diag.autodiscover-failed.separator': '; ',
  'diag.autodiscover-failed.asked': 'The Storage Service asked {url}',
  'diag.autodiscover-failed.not-found': 'it answered (404) Not Found',
  'diag.autodiscover-failed.canceled': 'the request was canceled (no answer in time)',
  'diag.autodiscover-failed.cause.xml':
    'The URL ends in .xml: that is the Outlook (SCP) form; the Lync Storage Service needs the SOAP endpoint /autodiscover/autodiscover.svc.',
  'diag.autodiscover-failed.cause.documented':
    "Documented causes: Lync's ExchangeAutodiscoverUrl is wrong, missing or ends in .xml instead of .svc; Exchange's Autodiscover (SCP AutoDiscoverServiceInternalUri, DNS for the Autodiscover name) is not set up; in hybrid set-ups a stale ClientAuthorizationOAuthServerIdentity.",
  'diag.autodiscover-failed.detail': "The Storage Service could not find the test user's EWS URL through Autodiscover (ErrorEwsAutodiscover: GetUserSettings failed). {cause}",
  'diag.autodiscover-failed.detail.seen':
    "The Storage Service could not find the test user's EWS URL through Autodiscover (ErrorEwsAutodiscover: GetUserSettings failed). {seen}. {cause}",
  'diag.autodiscover-failed.fix':
    '# Lync Server Management Shell: the URL the Storage Service uses must end in /autodiscover/autodiscover.svc\n{lyncCommands}\n# Exchange Management Shell: Autodiscover must be configured (Get-ClientAccessServer / Set-ClientAccessServer on Exchange 2013)\n{exchangeCommands}\n# On the Front End: the Autodiscover name must resolve to Exchange\n{dnsCommand}\n{testCommands}',

  'diag.empty-response.detail':
    "Error 574, \"Client found response content type of '', but expected 'text/xml'\": the EWS request got an HTTP answer with no body and no content type. The cause is not documented: the only public report (Skype for Business Server 2015 with Exchange 2016) was closed without one. An empty answer usually comes from something other than EWS itself, such as a load balancer, a reverse proxy or an IIS error page, but that is an inference, not a confirmed cause. Check, in this order:",
  'diag.empty-response.fix':
    "# 1. Lync Server Management Shell on the Front End (Skype for Business Server 2015 and later): the Storage Service's own record of the failure\n{debugCommand}\n# 2. Event Viewer on the Front End, \"Lync Server\" log: LS Storage Service events (32053, 32054) at the time of the test\n# 3. The IIS logs of each Exchange server ({logFolder}): the POST to /EWS/Exchange.asmx at that time, its status and sub-status, and which server answered\n# 4. Anything between the Front End and Exchange (load balancer, reverse proxy, TLS offload) that may answer in Exchange's place\n# 5. The test again with -Verbose, to see the HTTP exchange:\n{testCommands}",

  'diag.metadata-download-failed.exchange-server': 'the Exchange server',
  'diag.metadata-download-failed.front-end': 'the Front End',
  'diag.metadata-download-failed.failed.exchange': 'Exchange could not download the Lync metadata document',
  'diag.metadata-download-failed.failed.exchange.from': 'Exchange could not download the Lync metadata document from {url}',
  'diag.metadata-download-failed.failed.lync': "Lync could not download Exchange's metadata document",
  'diag.metadata-download-failed.failed.lync.from': "Lync could not download Exchange's metadata document from {url}",
  'diag.metadata-download-failed.detail':
    '{failed}, or what it downloaded is not a metadata document. The causes: a wrong URL, a name {downloader} cannot resolve (DNS), or a TLS certificate {downloader} does not trust or that does not name the host.',
  'diag.metadata-download-failed.detail.wrong-path':
    "{failed}, or what it downloaded is not a metadata document. The causes: a wrong URL, a name {downloader} cannot resolve (DNS), or a TLS certificate {downloader} does not trust or that does not name the host. The URL's path is {path}; Exchange serves the document at /autodiscover/metadata/json/1 (Example 1 of Microsoft's New-CsPartnerApplication page leaves out /autodiscover).",
  'diag.metadata-download-failed.fix.exchange':
    "# On {downloader} (the download happens there): does the name resolve, and does the document come back over a trusted TLS connection?\n{dnsCommand}\n{fetchCommand}\n# The wizard's Metadata step fetches the same URL and says whether the URL, the name or the certificate is at fault.\n# Then run Configure-EnterprisePartnerApplication.ps1 again (or 01-exchange-trust-lync.ps1) with {option}",
  'diag.metadata-download-failed.fix.lync':
    "# On {downloader} (the download happens there): does the name resolve, and does the document come back over a trusted TLS connection?\n{dnsCommand}\n{fetchCommand}\n# The wizard's Metadata step fetches the same URL and says whether the URL, the name or the certificate is at fault.\n{newCommand}\n# (when the Exchange partner application exists: {setCommand})\n# If the Front End cannot be made to trust Exchange's certificate, set the project's option \"Lync trusts Exchange by\" to certificate.",

  'diag.no-mailbox.detail':
    "Exchange has no mailbox it can write to for {user} (ErrorNonExistentMailbox / InvalidUser): the Storage Service found no mailbox for the user's address. The test user needs a mailbox on Exchange 2013 or later.",
  'diag.no-mailbox.detail.dumpster':
    "Exchange has no mailbox it can write to for {user} (ErrorNonExistentMailbox / InvalidUser): the Storage Service found no mailbox for the user's address. The test user needs a mailbox on Exchange 2013 or later, and for the -Folder Dumpster run the user must also be enabled for Exchange archiving.",
  'diag.no-mailbox.fix':
    "# Exchange Management Shell: the user's mailbox, its address and its version (the SIP address is usually, not always, the primary SMTP address)\n{mailboxCommand}\n# Lync Server Management Shell: the user behind the SIP address\n{userCommand}\n# Or pick a test user with an Exchange 2013+ mailbox in the Topology step, and run the test again:\n{testCommands}",
  'diag.no-mailbox.fix.dumpster':
    "# Exchange Management Shell: the user's mailbox, its address and its version (the SIP address is usually, not always, the primary SMTP address)\n{mailboxCommand}\n# Lync Server Management Shell: the user behind the SIP address\n{userCommand}\n# Archiving: run 04-enable-archiving.ps1 (Set-CsArchivingConfiguration -EnableExchangeArchiving $true) and check the user's ExchangeArchivingPolicy with Get-CsUser.\n# Or pick a test user with an Exchange 2013+ mailbox in the Topology step, and run the test again:\n{testCommands}",

  'diag.unknown.detail.empty':
    'The output is empty. The wizard knows the failures of domain.md §6: 401 (OAuth off, no partner application, wildcard accepted domain), Access Denied, Autodiscover, error 574, the metadata download, no mailbox.',
  'diag.unknown.detail.errors':
    'None of the known failures matches, and {count} line(s) look like errors (shown as evidence). The wizard knows the failures of domain.md §6: 401 (OAuth off, no partner application, wildcard accepted domain), Access Denied, Autodiscover, error 574, the metadata download, no mailbox.',
  'diag.unknown.detail.no-verdict':
    'No known failure and no success line: the output may be cut short, or the test ran without -Verbose. The wizard knows the failures of domain.md §6: 401 (OAuth off, no partner application, wildcard accepted domain), Access Denied, Autodiscover, error 574, the metadata download, no mailbox.',
  'diag.unknown.fix':
    "# Lync Server Management Shell on a Front End: run the test with -Verbose and paste the whole output, or import the output file of 03-verify.ps1\n{testCommands}\n# The Storage Service's own record of its recent failures (Skype for Business Server 2015 and later):\n{debugCommand}",
  'diag.unknown.fix.dumpster':
    "# Lync Server Management Shell on a Front End: run the test with -Verbose and paste the whole output, or import the output file of 03-verify.ps1\n{testCommands}\n# The Storage Service's own record of its recent failures (Skype for Business Server 2015 and later):\n{debugCommand}\n# This was the -Folder Dumpster run: it fails when the user is not enabled for Exchange archiving (04-enable-archiving.ps1).",
} as const satisfies Record<string, string>;
