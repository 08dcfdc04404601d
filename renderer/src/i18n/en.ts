/** Every string the user reads, in English. A translation is another object of type `Messages`. */
export const en = {
  'app.name': 's2s-wizard',
  'app.loading': 'Loading your work…',

  'toolbar.label': 'Project file',
  'toolbar.new': 'New',
  'toolbar.open': 'Open…',
  'toolbar.save': 'Save',
  'toolbar.saveAs': 'Save as…',
  'toolbar.untitled': 'Unsaved project',
  'toolbar.unsavedChanges': 'Unsaved changes',

  'messages.dismiss': 'Dismiss',
  'status.new': 'Started a new project.',
  'status.opened': 'Opened {path}',
  'status.saved': 'Saved to {path}',

  'rail.label': 'Wizard steps',
  'step.topology': 'Topology',
  'step.certificates': 'Certificates',
  'step.metadata': 'Metadata',
  'step.exchangeTrustsLync': 'Exchange trusts Lync',
  'step.lyncTrustsExchange': 'Lync trusts Exchange',
  'step.verify': 'Verify',
  'step.next': 'Next',

  'notBuilt.title': '{step} is not built yet.',
  'notBuilt.certificates':
    'It will load and check the Lync OAuthTokenIssuer certificate, the Exchange Auth certificate and the TLS certificates of both metadata endpoints; issue #3 owns it.',
  'notBuilt.metadata':
    'It will fetch or import both /metadata/json/1 documents, check them and cross-check their keys against the certificates; issue #4 owns it.',
  'notBuilt.exchangeTrustsLync':
    'It will write the guarded Configure-EnterprisePartnerApplication.ps1 call and the iisreset of each Exchange server; issue #5 owns it.',
  'notBuilt.lyncTrustsExchange':
    'It will write the idempotent New-/Set-CsPartnerApplication and Set-CsOAuthConfiguration commands; issue #5 owns it.',
  'notBuilt.verify': 'It will run Test-CsExStorageConnectivity and explain what its output means; issue #6 owns it.',
  'notBuilt.next':
    'It will cover archiving, the unified contact store, rollback, and the export of the script bundle and the evidence report; issues #5 and #6 own it.',

  'topology.intro': 'Describe both deployments. Every value is checked as you type.',
  'topology.advanced': 'Advanced: endpoint URLs',
  'topology.advancedHasFindings': 'see the findings inside',
  'topology.advancedHint': 'Leave these empty to use the defaults derived from the FQDNs, shown in each empty field.',

  'field.sipDomain.label': 'SIP domain',
  'field.sipDomain.hint': 'The primary SIP domain, e.g. litwareinc.com.',
  'field.realm.label': 'OAuth realm',
  'field.realm.hint': 'Leave empty to use the SIP domain.',
  'field.lyncPoolFqdn.label': 'Lync / Skype for Business pool FQDN',
  'field.lyncPoolFqdn.hint': 'The Front End pool that publishes the Lync metadata, e.g. atl-cs-001.litwareinc.com.',
  'field.exchangeAutodiscoverFqdn.label': 'Exchange Autodiscover FQDN',
  'field.exchangeAutodiscoverFqdn.hint': 'The name that serves the Exchange metadata, e.g. autodiscover.litwareinc.com.',
  'field.exchangeServers.label': 'Exchange servers',
  'field.exchangeServers.hint': 'The FQDN of every Exchange server; each gets an iisreset once it trusts Lync.',
  'field.exchangeServers.row': 'Exchange server {n}',
  'field.exchangeServers.add': 'Add Exchange server',
  'field.exchangeServers.remove': 'Remove',
  'field.exchangeServers.removeRow': 'Remove Exchange server {n}',
  'field.exchangeInstallPath.label': 'Exchange install path',
  'field.exchangeInstallPath.hint': 'Leave empty to use the path the server itself reports.',
  'field.exchangeInstallPath.placeholder': '$env:ExchangeInstallPath',
  'field.testUserSipUri.label': 'Test user SIP URI',
  'field.testUserSipUri.hint': 'A user with an Exchange 2013 or later mailbox, e.g. sip:kenmyer@litwareinc.com.',
  'field.lyncMetadataUrl.label': 'Lync metadata URL',
  'field.lyncMetadataUrl.hint': 'Where Exchange fetches the Lync OAuth metadata.',
  'field.exchangeMetadataUrl.label': 'Exchange metadata URL',
  'field.exchangeMetadataUrl.hint': 'Where Lync fetches the Exchange OAuth metadata; the path is /autodiscover/metadata/json/1.',
  'field.exchangeEwsUrl.label': 'Exchange EWS URL',
  'field.exchangeEwsUrl.hint': 'Used by the live check that Exchange trusts Lync.',

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'severity.ok': 'OK',
  'finding.fix': 'Fix:',
};

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
