import { useCallback, useRef, useState } from 'react';
import type { Result } from '../../../electron/core/result';
import { runOf, type Run } from './operation-run';

/**
 * One piece of work at a time in main, with its Run for OperationStatus. `start` gives the work an operation id
 * (for the channels that can cancel by it) and answers main's result, or null when a newer start replaced it.
 */
export function useOperation<T>() {
  const [run, setRun] = useState<Run<T>>({ status: 'idle' });
  const current = useRef<string | null>(null);
  const start = useCallback(async <R extends T>(work: (operationId: string) => Promise<Result<R>>): Promise<Result<R> | null> => {
    const operationId = crypto.randomUUID();
    current.current = operationId;
    setRun({ status: 'running', operationId });
    let result: Result<R>;
    try {
      result = await work(operationId);
    } catch (e) {
      // Work that fails in the page (a dropped file the browser cannot read) ends like work main refused.
      result = { ok: false, error: { code: 'renderer.failed', message: (e as Error).message } };
    }
    if (current.current !== operationId) return null;
    current.current = null;
    setRun(runOf<T>(result));
    return result;
  }, []);
  return { run, start, busy: run.status === 'running' };
}
