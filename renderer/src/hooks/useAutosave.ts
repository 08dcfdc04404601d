import { useEffect } from 'react';
import type { Project } from '../../../electron/core/model/project';
import { useWizard } from '../store/wizard-store-context';
import { useDebouncedValue } from './useDebouncedValue';

const autosaveDelayMs = 500;

/**
 * Writes the project to the autosave shortly after each change (and after a save gives it a file), so a reload or
 * crash loses nothing. A new project nobody has touched yet is not written: the autosave keeps the earlier work.
 */
export function useAutosave(project: Project | null): void {
  const showError = useWizard((state) => state.showError);
  const held = useWizard((state) => state.autosaveHeld);
  const path = useWizard((state) => state.path);
  const settled = useDebouncedValue(project, autosaveDelayMs);
  useEffect(() => {
    // Only the project as it is now, once it has settled: never a stale one under a file just opened.
    if (settled === null || settled !== project || held) return;
    void window.s2s.writeAutosave(settled).then((written) => {
      if (!written.ok) showError(written.error);
    });
  }, [settled, project, held, path, showError]);
}
