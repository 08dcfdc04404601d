import { useEffect, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { AppError } from '../../../../electron/core/result';
import type { GeneratedBundle } from '../../../../electron/shared/channels/script-channels';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

const generateDelayMs = 200;

export type BundleState = { status: 'loading' } | { status: 'ready'; bundle: GeneratedBundle } | { status: 'refused'; error: AppError };

/**
 * The bundle for the project as it is, generated again shortly after each change, and when the project file main
 * resolves the project's paths against changes.
 */
export function useGeneratedBundle(project: Project, projectFile: string | null): BundleState {
  const settled = useDebouncedValue(project, generateDelayMs);
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    void window.s2s.generateScripts(settled).then((result) => {
      if (!current) return;
      setState(result.ok ? { status: 'ready', bundle: result.value } : { status: 'refused', error: result.error });
    });
    return () => {
      current = false;
    };
  }, [settled, projectFile]);
  return state;
}
