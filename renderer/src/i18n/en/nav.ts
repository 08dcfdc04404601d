/** The state of each step in the rail, and the summary of open findings. */
export const nav = {
  'nav.state.notStarted': 'Not started',
  'nav.state.inProgress': 'In progress',
  'nav.state.done': 'Done',
  'nav.state.error': 'Errors: {count}',
  'nav.state.warning': 'In progress, warnings: {count}',
  'nav.state.doneWithWarnings': 'Done, warnings: {count}',
  'nav.summary.entry': 'Summary of findings',
  'nav.summary.count': '{count} open',

  'summary.title': 'Summary of open findings',
  'summary.intro':
    'Every error and warning the steps have found, grouped by step. A step’s findings appear here once the step has been opened, as the step last showed them.',
  'summary.total': 'Open: {errors} error(s), {warnings} warning(s).',
  'summary.none': 'No open findings in the steps opened so far.',
  'summary.stepClean': 'No open findings.',
  'summary.notStarted': 'Not opened yet: its findings appear here once you open it.',
  'summary.notes': 'Notes ({count})',
  'summary.goTo': 'Go to {step}',
};
