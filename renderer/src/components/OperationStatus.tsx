import { useId } from 'react';
import { t } from '../i18n';
import type { Run } from './operation-run';

interface OperationStatusProps {
  run: Run<unknown>;
  /** What is under way, e.g. "Fetching https://…": beside the progress bar, and its name. */
  activity: string;
  /** Only for work main can really stop (a fetch, a probe, a report not yet written): without it, no Cancel. */
  onCancel?: (operationId: string) => void;
}

/**
 * The one way every step shows work main does over the network or on files: a progress bar while it runs (with
 * Cancel where main can stop it), then "Cancelled." or why it failed. A success is the step's own to show.
 */
export function OperationStatus({ run, activity, onCancel }: OperationStatusProps) {
  const id = useId();
  if (run.status === 'running') {
    return (
      <div className="operation-status" role="status">
        <progress aria-label={activity} /> <span id={`${id}-activity`}>{activity}</span>
        {onCancel && (
          <button type="button" aria-describedby={`${id}-activity`} onClick={() => onCancel(run.operationId)}>
            {t('operation.cancel')}
          </button>
        )}
      </div>
    );
  }
  if (run.status === 'cancelled') return <p role="status">{t('operation.cancelled')}</p>;
  if (run.status === 'failed') {
    return (
      <p role="alert" className="operation-failed">
        {t('operation.failed', { message: run.message })}
      </p>
    );
  }
  return null;
}
