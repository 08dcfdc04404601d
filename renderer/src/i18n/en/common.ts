/** The app shell, the step rail, messages, severities and the panels of steps not built yet. */
export const common = {
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

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'severity.ok': 'OK',
  'finding.fix': 'Fix:',
};
