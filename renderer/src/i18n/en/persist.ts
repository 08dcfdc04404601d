/** Keeping the user's place: the offer to restore the autosaved work, and the recent projects. */
export const persist = {
  'restore.title': 'Restore your last project?',
  'restore.savedFile': 'Your last project is {name} ({path}).',
  'restore.neverSaved': 'Your last project ({domain}) was never saved to a file.',
  'restore.noDomain': 'no SIP domain yet',
  'restore.savedAt': 'Autosaved {date}.',
  'restore.keeps': 'If you start a new project, this work stays in the autosave until you change something.',
  'restore.restore': 'Restore',
  'restore.startNew': 'Start new',

  'recent.button': 'Recent projects',
  'recent.listLabel': 'Recent projects, most recent first',
  'recent.loading': 'Reading the list…',
  'recent.empty': 'No recent projects yet: the projects you open or save appear here.',
  'recent.missing': 'File not found',
  'recent.openedAt': 'Last opened or saved {date}',
};
