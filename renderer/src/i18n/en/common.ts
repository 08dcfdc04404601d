/** The app shell, the step rail, messages and severities. */
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

  'preferences.label': 'Display',
  'preferences.theme': 'Theme',
  'preferences.theme.system': 'System',
  'preferences.theme.light': 'Light',
  'preferences.theme.dark': 'Dark',
  'preferences.language': 'Language',

  'about.open': 'About',
  'about.title': 'About s2s-wizard',
  'about.version': 'Version {version}',
  'about.description':
    'Sets up and proves server-to-server authentication (OAuth) between Lync Server 2013 / Skype for Business Server and Exchange Server 2013 or later, on premises.',
  'about.scripts': 'It writes PowerShell scripts for the admins to review and run; it never changes a server itself.',
  'about.license': 'Free software under the MIT licence.',
  'about.close': 'Close',

  'navigation.label': 'Previous and next step',
  'navigation.previous': 'Previous step',
  'navigation.next': 'Next step',

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

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Info',
  'severity.ok': 'OK',
  'finding.fix': 'Fix:',
};
