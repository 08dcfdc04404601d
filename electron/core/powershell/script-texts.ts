/**
 * The English of what the UI shows about each generated script: its title and, per block, the one line that says
 * what it does. The scripts themselves stay English (these lines are their block comments); the UI says them in
 * the user's language.
 */
export const scriptTextMessages = {
  'script.title.collect-exchange': 'Collect the Exchange state (read-only)',
  'script.title.collect-lync': 'Collect the Lync state (read-only)',
  'script.title.exchange-trusts-lync': 'Exchange trusts Lync',
  'script.title.lync-trusts-exchange': 'Lync trusts Exchange',
  'script.title.verify': 'Verify: Lync writes into an Exchange mailbox',
  'script.title.archiving': 'Archive IM transcripts into Exchange',
  'script.title.unified-contact-store': 'Unified contact store',
  'script.title.undo-exchange-trust': 'Undo 01: remove what Exchange trusts Lync created',
  'script.title.undo-lync-trust': 'Undo 02: restore what Lync trusts Exchange changed',
  'script.title.undo-archiving': 'Undo 04: restore the archiving settings',
  'script.title.undo-unified-contact-store': 'Undo 05: take the test user out of the unified contact store',
  'script.title.runbook': 'Runbook',
  'script.title.runbook-markdown': 'The runbook: the ordered steps, who runs each and where, and what to do on failure',
  'script.title.runbook-html': 'The same runbook as a web page, for printing',

  // Blocks every script has (common-blocks.ts).
  'script.block.settings.confirm':
    'Settings: asks before each removal (-Confirm:$false skips the questions), stops at the first error, and writes a transcript beside the script.',
  'script.block.settings.what-if': 'Settings: -WhatIf shows what would change without changing it; the script stops at the first error and writes a transcript beside itself.',
  'script.block.finish': 'Ends the transcript and says what comes next.',
  'script.block.exchange-shell': 'Pre-check: this is the Exchange Management Shell.',
  'script.block.lync-shell': 'Pre-check: this is the Lync Server (Skype for Business Server) Management Shell.',
  'script.block.lync-shell.long': 'Pre-check: this is the Lync Server Management Shell (Skype for Business Server Management Shell).',

  // 00-collect-*-state.ps1 (collect-state.ts).
  'script.block.collect.output':
    'Where the result goes ({file} beside this script) and the helpers that write dates, thumbprints and empty values the way the wizard reads them.',
  'script.block.collect.write': 'Writes everything as one JSON document for the wizard, and prints where it is.',
  'script.block.collect-exchange.auth':
    "Reads the Auth configuration (Get-AuthConfig) and the current and next Auth certificates (Get-ExchangeCertificate), looking on this server first, then on the project's servers.",
  'script.block.collect-exchange.configuration':
    'Reads every partner application, the accepted domains, OAuth on the EWS and Autodiscover virtual directories, and the Autodiscover internal URI of each Client Access service.',
  'script.block.collect-lync.configuration':
    'Reads the OAuthTokenIssuer certificates (Get-CsCertificate), every partner application (Get-CsPartnerApplication) and the global OAuth configuration (Get-CsOAuthConfiguration).',

  // 01-exchange-trust-lync.ps1 (exchange-trust-lync.ts).
  'script.block.exchange-trust.values': 'Values from the project: the Lync metadata URL, the OAuth realm and the Exchange servers to restart.',
  'script.block.exchange-trust.shell': 'Pre-check: this is the Exchange Management Shell and Configure-EnterprisePartnerApplication.ps1 is where Exchange installs it.',
  'script.block.exchange-trust.auth-certificate':
    "Pre-check: Exchange's Auth certificate (Get-AuthConfig) is on every Exchange server of the project and has not expired.",
  'script.block.exchange-trust.metadata': "Pre-check: this Exchange server can download the pool's metadata document over HTTPS, as Exchange itself will.",
  'script.block.exchange-trust.accepted-domain':
    'Pre-check: the OAuth realm is an explicit accepted domain, not only covered by a wildcard (a wildcard makes Exchange answer 401, invalid_tenant).',
  'script.block.exchange-trust.oauth':
    'Pre-check: OAuth authentication is on for the EWS and Autodiscover virtual directories of each Exchange server (warns only).',
  'script.block.exchange-trust.existing':
    'Looks for the Lync partner application: one that points to this pool or whose name starts with LyncEnterprise-. Another application with the Lync id (Exchange or a hybrid setup made it) is reported and left alone.',
  'script.block.exchange-trust.refresh':
    'If the Lync partner application exists: refreshes it (Set-PartnerApplication -RefreshAuthMetadata) instead of creating a duplicate.',
  'script.block.exchange-trust.create':
    'If there is none: runs Configure-EnterprisePartnerApplication.ps1 -ApplicationType Lync, which creates the LyncEnterprise-ApplicationAccount mail user, its roles (UserApplication, ArchiveApplication…) and the partner application.',
  'script.block.exchange-trust.post-check': 'Post-check: prints the Lync partner application and the roles of its account, and warns about anything unexpected.',
  'script.block.exchange-trust.record': 'Records what this run created or refreshed in {file}, for the rollback script.',
  'script.block.exchange-trust.iisreset':
    'Restarts IIS on each Exchange server of the project so Exchange reads the partner application (the server this shell is connected to goes last: the restart ends this session).',

  // 02-lync-trust-exchange.ps1 (lync-trust-exchange.ts).
  'script.block.lync-trust.values.certificate':
    "Values from the project: the Exchange Auth certificate (public part only, base64 DER), the OAuth realm and Exchange's Autodiscover service URL.",
  'script.block.lync-trust.values.metadata': "Values from the project: Exchange's metadata URL, the OAuth realm and Exchange's Autodiscover service URL.",
  'script.block.lync-trust.token-issuer':
    'Pre-check: an OAuthTokenIssuer certificate is assigned (Get-CsCertificate -Type OAuthTokenIssuer), valid today, and on this server.',
  'script.block.lync-trust.auth-certificate':
    'Pre-check: the Exchange Auth certificate written into this script is intact and valid today (the Front End does not download Exchange metadata in this mode).',
  'script.block.lync-trust.metadata': "Pre-check: this Front End can download Exchange's metadata document over HTTPS, as New-CsPartnerApplication will.",
  'script.block.lync-trust.existing':
    "Looks for Exchange's partner application: the one named Exchange, else the one bound to Exchange's application id; others with that id are reported and left alone.",
  'script.block.lync-trust.create.certificate':
    'Creates the Exchange partner application from the certificate (trust level Full), replaces one bound to the wrong id or realm, or updates the one that exists.',
  'script.block.lync-trust.create.metadata':
    'Creates the Exchange partner application from its metadata URL (trust level Full), replaces one bound to the wrong application id, or updates the one that exists.',
  'script.block.lync-trust.oauth-configuration.realm':
    "Sets the global OAuth configuration: Exchange's Autodiscover URL, and the realm (it differs from the SIP domain); unchanged values are left alone.",
  'script.block.lync-trust.oauth-configuration':
    "Sets Exchange's Autodiscover URL in the global OAuth configuration if it differs (the realm stays the SIP domain, Lync's default).",
  'script.block.lync-trust.post-check': "Post-check: prints Exchange's partner application and the global OAuth configuration, and warns about anything unexpected.",
  'script.block.lync-trust.record': 'Records what this run changed, with the values it replaced, in {file} for the rollback script.',

  // 03-verify.ps1 (verify.ts).
  'script.block.verify.values': "Values from the project: the test user, and the file that keeps the test's output ({file}, for the wizard's Verify step).",
  'script.block.verify.test.delete':
    "The final test: the Storage Service logs on to Exchange as Lync, writes a test item into the test user's Conversation History and deletes it (-DeleteItem).",
  'script.block.verify.test.keep':
    "The final test: the Storage Service logs on to Exchange as Lync and writes a test item into the test user's Conversation History (kept: the project asks not to delete it).",
  'script.block.verify.archiving':
    "Archiving check: the same test against the mailbox's Recoverable Items (-Folder Dumpster), where Exchange archiving keeps IM transcripts; it fails until the user is enabled for archiving.",
  'script.block.verify.output': 'Post-check: writes the output to {file} (UTF-8) and says whether the test passed.',

  // 04-enable-archiving.ps1 (enable-archiving.ts).
  'script.block.archiving.values': 'Values: where this run records what it changed ({file}, for the rollback script).',
  'script.block.archiving.pre-check': 'Pre-check: this is the Lync Server Management Shell; reads the global archiving configuration and policy as they are now.',
  'script.block.archiving.configuration':
    'Archives into Exchange (EnableExchangeArchiving $true); switches archiving on for IM (ImOnly) only if it is off, and keeps ImAndWebConf if already set.',
  'script.block.archiving.policy': 'Turns on archiving of internal and external conversations in the global archiving policy, if it is not on already.',
  'script.block.archiving.post-check': 'Post-check: prints the archiving configuration and policy, and records what changed for the rollback script.',

  // 05-enable-unified-contact-store.ps1 (enable-unified-contact-store.ts).
  'script.block.contact-store.values': 'Values: the test user, the per-user policy {policy}, and where this run records what it changed.',
  'script.block.contact-store.pre-check':
    'Pre-check: this is the Lync Server Management Shell and the test user is enabled for Lync; reads the global user services policy.',
  'script.block.contact-store.grant':
    'If the global policy already allows the contact store, nothing changes: users move their contacts to Exchange as they sign in. Otherwise the test user alone gets a policy that allows it (a pilot).',
  'script.block.contact-store.post-check':
    "Post-check: prints the policies, records what changed, and tests Exchange's contact-store notifications for the test user (Test-CsExStorageNotification).",

  // rollback/ (rollback-scripts.ts).
  'script.block.undo-exchange-trust.records':
    'Reads {changesFile} (what 01 recorded) and, if that is missing, {stateFile} (taken by {collectScript} before 01), from the bundle folder.',
  'script.block.undo-exchange-trust.plan': 'Works out what to remove: what the record lists, else the Lync partner applications that were not in the state taken before.',
  'script.block.undo-exchange-trust.remove':
    'Removes those partner applications, then the role assignments and the mail user that 01 created (each after a question unless -Confirm:$false).',
  'script.block.undo-exchange-trust.post-check':
    "Post-check: prints the Lync partner applications that remain, then restarts IIS on each Exchange server (this shell's server last) if anything was removed.",
  'script.block.undo-lync-trust.records':
    'Reads {changesFile} (what 02 recorded, with the values it replaced) and, if that is missing, {stateFile} (taken by {collectScript} before 02).',
  'script.block.undo-lync-trust.plan': 'Works out the state before 02: the first recorded run that changed each thing holds the value it replaced.',
  'script.block.undo-lync-trust.partner-application':
    "Undoes the partner application: removes 'Exchange' if 02 created it (or replaced a wrongly bound one), else gives it back its metadata URL and trust level.",
  'script.block.undo-lync-trust.oauth-configuration': 'Restores ExchangeAutodiscoverUrl and Realm of the global OAuth configuration where 02 changed them.',
  'script.block.undo-archiving.records': 'Reads {changesFile} from the bundle folder: the values 04 replaced.',
  'script.block.undo-archiving.restore': 'Restores the archiving configuration and policy from the first run that changed each.',
  'script.block.undo-contact-store.records': 'Reads {changesFile} from the bundle folder: what 05 granted and created.',
  'script.block.undo-contact-store.restore':
    'Gives the user its earlier policy back, moves its contacts back to Lync, then removes the pilot policy (it must no longer be granted to anyone).',
} as const satisfies Record<string, string>;
