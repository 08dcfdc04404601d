import { t } from '../i18n';
import type { StepState, StepStatus } from '../store/step-status';

const stateIcon: Record<StepState, string> = { error: '✖', warning: '⚠', done: '✔', 'in-progress': '◐', 'not-started': '○' };

/** A step's state in words, as the rail and the summary say it. */
export function stepStateText(status: StepStatus): string {
  switch (status.state) {
    case 'error':
      return t('nav.state.error', { count: status.errors });
    case 'warning':
      return status.done ? t('nav.state.doneWithWarnings', { count: status.warnings }) : t('nav.state.warning', { count: status.warnings });
    case 'done':
      return t('nav.state.done');
    case 'in-progress':
      return t('nav.state.inProgress');
    case 'not-started':
      return t('nav.state.notStarted');
  }
}

/** A step's state as an icon and words (colour only adds to them); `id` lets a control name it as its description. */
export function StepStateLabel({ id, status }: { id?: string; status: StepStatus }) {
  return (
    <span id={id} className={`step-state step-state-${status.state}`} data-state={status.state}>
      <span className="step-state-icon" aria-hidden="true">
        {stateIcon[status.state]}
      </span>{' '}
      {stepStateText(status)}
    </span>
  );
}
