/** RUNBOOK.md and RUNBOOK.html: the ordered steps, who runs each and where, what success looks like, what to do on each known failure. */
import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { exchangeAppId, lyncAppId } from './common-blocks.js';
import { collectExchangeScript, collectLyncScript, exchangeStateFileName, lyncStateFileName } from './collect-state.js';
import { renderHtml, renderMarkdown, type DocNode } from './document.js';
import { archivingScopeWarning, archivingScript } from './enable-archiving.js';
import { contactStorePolicy, contactStoreScript } from './enable-unified-contact-store.js';
import { exchangeTrustScript, trustAnySslWarning } from './exchange-trust-lync.js';
import { lyncTrustScript } from './lync-trust-exchange.js';
import { headerFacts } from './render-script.js';
import type { BundleFile, GenerationContext, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';
import { verifyOutputFile, verifyScript } from './verify.js';

export const runbookMarkdown = 'RUNBOOK.md';
export const runbookHtml = 'RUNBOOK.html';

const windowsPath = (path: string) => path.replaceAll('/', '\\');
const titled = (title: Message) => ({ title: english(title), titleText: title });

function header(values: ScriptValues, context: GenerationContext): DocNode[] {
  const facts = headerFacts(
    {
      path: runbookMarkdown,
      title: msg('script.title.runbook'),
      run: { side: 'both', shell: 'read it before running anything', who: 'Exchange admin and Lync admin', where: 'any computer' },
      changes: 'nothing (documentation)',
      undo: null,
    },
    context,
  );
  return [
    { kind: 'heading', level: 1, text: `Runbook: server-to-server authentication between Lync and Exchange for ${values.sipDomain}` },
    { kind: 'table', head: ['', ''], rows: facts.filter(([label]) => ['Project', 'Generated'].includes(label)) },
    {
      kind: 'paragraph',
      text:
        'This bundle makes Exchange trust Lync (so Lync can write into mailboxes: conversation history, archiving, the unified contact store) and Lync trust Exchange, ' +
        'then proves it with `Test-CsExStorageConnectivity`. Each step names who runs it and where; run each script with `-WhatIf` first: it then changes nothing and says what it would do.',
    },
  ];
}

function beforeYouStart(values: ScriptValues): DocNode[] {
  return [
    { kind: 'heading', level: 2, text: 'Before you start' },
    {
      kind: 'list',
      ordered: false,
      items: [
        `Copy the whole folder to an Exchange server (e.g. ${values.exchangeServers[0]}) and to a Front End server of ${values.lyncPoolFqdn}. Keep the folder together: the rollback scripts read the files the other scripts leave beside them.`,
        'The scripts are not signed. If Windows marks them as downloaded, unblock them once: `Get-ChildItem -Recurse | Unblock-File`. If the execution policy refuses them: `Set-ExecutionPolicy -Scope Process -ExecutionPolicy RemoteSigned` (this window only).',
        'Open the shell each step names, elevated ("Run as administrator"), and change to the bundle folder.',
        'Each script stops at the first problem with a sentence saying what to do, and writes a transcript (`<script>-<date>.log`) beside itself: send it along if you ask for help.',
        `Project values used: SIP domain \`${values.sipDomain}\`, OAuth realm \`${values.realm}\`, pool \`${values.lyncPoolFqdn}\`, Lync metadata \`${values.lyncMetadataUrl}\`, Exchange metadata \`${values.exchangeMetadataUrl}\`, Exchange Autodiscover service \`${values.exchangeAutodiscoverServiceUrl}\`, Exchange servers ${values.exchangeServers.map((s) => `\`${s}\``).join(', ')}, test user \`${values.testUserSipUri}\`.`,
      ],
    },
  ];
}

interface Step {
  script: string;
  who: string;
  where: string;
  success: string;
}

function steps(values: ScriptValues): Step[] {
  const exchange = `Exchange Management Shell on ${values.exchangeServers[0]} (or another Exchange server)`;
  const lync = `Lync Server Management Shell on a Front End of ${values.lyncPoolFqdn}`;
  const list: Step[] = [
    { script: collectExchangeScript, who: 'Exchange admin', where: exchange, success: `\`${exchangeStateFileName}\` is written beside the script. Import it in the wizard; keep it: the rollback reads it.` },
    { script: collectLyncScript, who: 'Lync admin', where: lync, success: `\`${lyncStateFileName}\` is written beside the script. Import it in the wizard; keep it: the rollback reads it.` },
    {
      script: exchangeTrustScript,
      who: 'Exchange admin (Organization Management)',
      where: exchange,
      success: `Pre-checks print OK; one partner application \`LyncEnterprise-<guid>\` with ApplicationIdentifier \`${lyncAppId}\`, Realm \`${values.realm}\`, Enabled True and AuthMetadataUrl \`${values.lyncMetadataUrl}\`; the account \`LyncEnterprise-ApplicationAccount\` holds UserApplication and ArchiveApplication; iisreset succeeds on ${values.exchangeServers.join(', ')}. A re-run refreshes the same application instead of adding one.`,
    },
    {
      script: lyncTrustScript,
      who: 'Lync admin (RTCUniversalServerAdmins)',
      where: lync,
      success: `Pre-checks print OK; the partner application \`Exchange\` has ApplicationIdentifier \`${exchangeAppId}\` and ApplicationTrustLevel Full; \`Get-CsOAuthConfiguration\` shows ExchangeAutodiscoverUrl \`${values.exchangeAutodiscoverServiceUrl}\`${values.realmDiffersFromSipDomain ? ` and Realm \`${values.realm}\`` : ''}. Allow a few minutes for replication to the other Front Ends.`,
    },
  ];
  if (values.options.archiving) {
    list.push({ script: archivingScript, who: 'Lync admin (RTCUniversalServerAdmins)', where: lync, success: 'EnableExchangeArchiving True in the global archiving configuration; ArchiveInternal and ArchiveExternal True in the global archiving policy.' });
  }
  if (values.options.unifiedContactStore) {
    list.push({ script: contactStoreScript, who: 'Lync admin (RTCUniversalServerAdmins)', where: lync, success: `Either the global user services policy already allows the contact store, or \`${contactStorePolicy}\` is granted to ${values.testUserSipUri}; \`Test-CsExStorageNotification\` succeeds. Contacts move at the next sign-in (10 minutes or more).` });
  }
  list.push({
    script: verifyScript,
    who: 'Lync admin (RTCUniversalUserAdmins, or the local RTC Local User Administrators group)',
    where: lync,
    success: `It prints PASSED${values.options.archiving ? ' for both tests (Conversation History and, for archiving, Recoverable Items)' : ''}; \`${verifyOutputFile}\` holds the output. Open that file in the wizard's Verify step for the verdict.`,
  });
  return list;
}

function stepNodes(values: ScriptValues): DocNode[] {
  const nodes: DocNode[] = [{ kind: 'heading', level: 2, text: 'Steps, in order' }];
  if (values.options.trustAnySslCertificate) nodes.push({ kind: 'warning', text: trustAnySslWarning });
  if (values.exchangeAuthCertificate) {
    nodes.push({
      kind: 'paragraph',
      text: `Lync trusts Exchange by certificate (the project says the Front End cannot fetch Exchange's metadata): ${lyncTrustScript} carries the public part of the Exchange Auth certificate \`${values.exchangeAuthCertificate.thumbprint}\`, valid until ${values.exchangeAuthCertificate.notAfter.slice(0, 10)}, with realm \`${values.realm}\`. When Exchange renews its Auth certificate, load the new one into the project, generate the bundle again and run ${lyncTrustScript} again.`,
    });
  }
  for (const [index, step] of steps(values).entries()) {
    nodes.push(
      { kind: 'heading', level: 3, text: `${index + 1}. ${step.script}` },
      { kind: 'table', head: ['Who', 'Where', 'What success looks like'], rows: [[step.who, step.where, step.success]] },
      { kind: 'code', text: `.\\${step.script} -WhatIf\n.\\${step.script}` },
    );
    if (step.script === archivingScript) nodes.push({ kind: 'warning', text: archivingScopeWarning });
  }
  return nodes;
}

function failureNodes(values: ScriptValues): DocNode[] {
  return [
    { kind: 'heading', level: 2, text: 'When the test fails', id: 'when-the-test-fails' },
    { kind: 'paragraph', text: `Open \`${verifyOutputFile}\` in the wizard's Verify step; it matches the output against these known failures.` },
    {
      kind: 'table',
      head: ['Symptom', 'Cause', 'Fix'],
      rows: [
        [
          "New-CsPartnerApplication: 'The metadata document could not be downloaded from the URL in the MetadataUrl parameter'",
          `The Front End cannot fetch ${values.exchangeMetadataUrl}: wrong URL (it must contain /autodiscover/), DNS, firewall, or the Exchange certificate is not trusted.`,
          'Fix DNS or trust (import the issuing CA into the Front End\'s Trusted Root store) and run 02 again; or set the project option "Lync trusts Exchange by" to certificate.',
        ],
        [
          'Configure-EnterprisePartnerApplication.ps1 cannot download the Lync metadata',
          `Exchange does not trust the certificate of ${values.lyncPoolFqdn}, or the name is not in it.`,
          "Import the pool certificate's issuing CA into every Exchange server's Trusted Root store; only as a last resort, the project option to trust any TLS certificate.",
        ],
        ['Get-CsCertificate -Type OAuthTokenIssuer returns nothing', 'No OAuthTokenIssuer certificate is assigned.', 'See "OAuthTokenIssuer certificate" below, then run 01 again (it refreshes Exchange).'],
        ['OWA/ECP redirect loop, "could not find the authorization certificate"', 'The Exchange Auth certificate expired or is missing on a server.', 'See "Exchange Auth certificate" below.'],
        [
          "401 Unauthorized with x-ms-diagnostics 2000004 'The tenant for tenant guid … does not exist'",
          `A wildcard accepted domain covers ${values.realm}.`,
          `Make ${values.realm} an explicit accepted domain (New-AcceptedDomain); 01 checks this before it changes anything.`,
        ],
        [
          '401 Unauthorized without that text',
          'OAuth is off on the EWS or Autodiscover virtual directory, or the Lync partner application is missing or disabled.',
          "`Set-WebServicesVirtualDirectory -Identity '<server>\\EWS (Default Web Site)' -OAuthAuthentication $true` (same for Autodiscover), run 01 again, then iisreset.",
        ],
        [
          'Event 32053/32054, ErrorEwsAutodiscover, GetUserSettings failed (404)',
          'Wrong ExchangeAutodiscoverUrl, Autodiscover DNS, or a stale ClientAuthorizationOAuthServerIdentity from a hybrid setup.',
          `Check \`Get-CsOAuthConfiguration\` (ExchangeAutodiscoverUrl ${values.exchangeAutodiscoverServiceUrl}) and that \`Get-ClientAccessService\` shows an AutoDiscoverServiceInternalUri.`,
        ],
        ['Access Denied', 'The account running 03 is not in RTCUniversalUserAdmins or RTC Local User Administrators.', 'Add it, sign out and in again, run 03 again.'],
        [
          'The test fails for the user, or only the Dumpster test fails',
          `${values.testUserSipUri} has no Exchange 2013 or later mailbox, or is not enabled for Exchange archiving.`,
          'Pick a user with a mailbox; enable archiving (04, and In-Place Hold for users in the same forest) before the Dumpster test.',
        ],
        [
          "Error 574: 'Client found response content type of '', but expected 'text/xml''",
          'An empty answer from a proxy, load balancer or IIS error page.',
          '`Debug-CsStorageServiceFailures -SipUri <user>` and the Exchange IIS logs for the EWS request.',
        ],
        [
          'Worked before, broke after a certificate renewal',
          'One side still holds the old public key.',
          'Exchange: `Set-PartnerApplication -Identity <LyncEnterprise-…> -RefreshAuthMetadata` (01 does this on a re-run); Lync: run 02 again.',
        ],
      ],
    },
  ];
}

function certificateNodes(): DocNode[] {
  return [
    { kind: 'heading', level: 2, text: 'OAuthTokenIssuer certificate', id: 'oauthtokenissuer-certificate' },
    {
      kind: 'paragraph',
      text: 'Lync signs its tokens with one global OAuthTokenIssuer certificate: at least 2048 bits, the SIP domain in its subject, private key exportable. Assign it once, on one Front End; replication deploys it to all of them:',
    },
    { kind: 'code', text: 'Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <thumbprint>' },
    {
      kind: 'paragraph',
      text: 'To renew, stage the new one at least a day before the old one expires, with a date built by PowerShell, not typed: `Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new> -Roll -EffectiveDate (Get-Date).AddDays(1)`. Then run 01 again so Exchange reads the new key.',
    },
    { kind: 'heading', level: 2, text: 'Exchange Auth certificate', id: 'exchange-auth-certificate' },
    {
      kind: 'paragraph',
      text: "Exchange signs with the self-signed \"Microsoft Exchange Server Auth Certificate\" named by `(Get-AuthConfig).CurrentCertificateThumbprint`; it must be on every Exchange server. Check it with `(Get-AuthConfig).CurrentCertificateThumbprint | Get-ExchangeCertificate | Format-List`. Renew it before it expires with Microsoft's MonitorExchangeAuthCertificate.ps1 (CSS-Exchange), or stage a new one with `Set-AuthConfig -NewCertificateThumbprint <t> -NewCertificateEffectiveDate (Get-Date).AddDays(2)`; then run 02 again so Lync reads the new key.",
    },
  ];
}

function rollbackNodes(values: ScriptValues, rollbacks: readonly ScriptSpec[]): DocNode[] {
  return [
    { kind: 'heading', level: 2, text: 'Rollback', id: 'rollback' },
    {
      kind: 'paragraph',
      text:
        'Each forward script records what it created or changed, with the values it replaced, in `<script>.changes.json` beside it; the scripts in `rollback\\` undo exactly that. ' +
        `Without a record, the rollback of 01 and 02 compares with \`${exchangeStateFileName}\` / \`${lyncStateFileName}\` taken before. Copy those files into the bundle folder first if the scripts ran elsewhere. ` +
        'Run them in this order, each first with -WhatIf; each asks before every removal (`-Confirm:$false` skips the questions).',
    },
    {
      kind: 'table',
      head: ['Order', 'Script', 'Who, where', 'What it undoes'],
      rows: [...rollbacks].reverse().map((spec, i) => [String(i + 1), `\`${windowsPath(spec.path)}\``, `${spec.run.who}; ${spec.run.where}`, spec.changes]),
    },
    {
      kind: 'paragraph',
      text: `Not undone: refreshing an existing partner application (it only re-read the metadata), and the test items 03 wrote into ${values.testUserSipUri}'s mailbox when it kept them.`,
    },
  ];
}

function filesNodes(files: readonly Pick<BundleFile, 'path' | 'title'>[]): DocNode[] {
  return [
    { kind: 'heading', level: 2, text: 'Files' },
    {
      kind: 'table',
      head: ['File', 'What it is for'],
      rows: [
        ...files.map((file) => [`\`${windowsPath(file.path)}\``, file.title]),
        [`\`${exchangeStateFileName}\`, \`${lyncStateFileName}\``, 'Written by the 00 scripts: the state before any change, for the wizard and the rollback.'],
        ['`*.changes.json`', 'Written by the forward scripts: what each run changed, for the rollback.'],
        [`\`${verifyOutputFile}\``, "Written by 03: the test's output, for the wizard's Verify step."],
        ['`*.log`', 'The transcript of each run.'],
      ],
    },
  ];
}

export function buildRunbook(
  values: ScriptValues,
  context: GenerationContext,
  scripts: readonly ScriptSpec[],
): [BundleFile, BundleFile] {
  const rollbacks = scripts.filter((s) => s.path.startsWith('rollback/'));
  const listed = [...scripts.map((s) => ({ path: s.path, title: english(s.title) })), { path: runbookMarkdown, title: 'This runbook (Markdown)' }, { path: runbookHtml, title: 'This runbook (HTML, for printing)' }];
  const nodes: DocNode[] = [
    ...header(values, context),
    ...beforeYouStart(values),
    ...stepNodes(values),
    ...failureNodes(values),
    ...certificateNodes(),
    ...rollbackNodes(values, rollbacks),
    ...filesNodes(listed),
  ];
  const title = `Runbook: Lync and Exchange server-to-server authentication for ${values.sipDomain}`;
  const meta = { generator: `s2s-wizard ${context.toolVersion}`, 'generated-at': context.generatedAt.toISOString(), project: context.projectLabel };
  return [
    { path: runbookMarkdown, ...titled(msg('script.title.runbook-markdown')), kind: 'markdown', side: 'both', text: renderMarkdown(nodes), blocks: [] },
    { path: runbookHtml, ...titled(msg('script.title.runbook-html')), kind: 'html', side: 'both', text: renderHtml(title, nodes, meta), blocks: [] },
  ];
}
