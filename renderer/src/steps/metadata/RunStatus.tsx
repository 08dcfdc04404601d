import { t } from '../../i18n';
import type { Run } from './metadata-step-store';

interface RunStatusProps<T> {
  run: Run<T>;
  /** What is under way, e.g. "Fetching https://…"; shown beside the progress bar and as its name. */
  activity: string;
  onCancel(operationId: string): void;
}

/** A network operation's progress with its Cancel, or how it ended when it did not succeed. */
export function RunStatus<T>({ run, activity, onCancel }: RunStatusProps<T>) {
  if (run.status === 'running') {
    return (
      <div className="metadata-progress" role="status">
        <progress aria-label={activity} /> <span>{activity}</span>{' '}
        <button type="button" onClick={() => onCancel(run.operationId)}>
          {t('metadata.cancel')}
        </button>
      </div>
    );
  }
  if (run.status === 'cancelled') return <p role="status">{t('metadata.cancelled')}</p>;
  if (run.status === 'failed') {
    return (
      <p role="alert" className="metadata-failed">
        {t('metadata.failed', { message: run.message })}
      </p>
    );
  }
  return null;
}
