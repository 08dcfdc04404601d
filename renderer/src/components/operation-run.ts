/** One piece of work main does for a step (a fetch, a probe, a file read or written), as the step shows it. */
import type { Result } from '../../../electron/core/result';
import { localizeError } from '../i18n/localize';

export type Run<T> =
  | { status: 'idle' }
  | { status: 'running'; operationId: string }
  | { status: 'done'; result: T }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/** What main answers when the user cancelled: a fetch or the trust probe, a TLS probe, a report not yet written. */
const cancelledCodes: ReadonlySet<string> = new Set(['net.aborted', 'tls.cancelled', 'report.cancelled']);

/** How a piece of work ended, from main's answer. */
export function runOf<T>(result: Result<T>): Run<T> {
  if (result.ok) return { status: 'done', result: result.value };
  return cancelledCodes.has(result.error.code) ? { status: 'cancelled' } : { status: 'failed', message: localizeError(result.error) };
}
