import { useEffect } from 'react';
import type { Project } from '../../../electron/core/model/project';
import { useWizard } from '../store/wizard-store-context';
import { useDebouncedValue } from './useDebouncedValue';

const autosaveDelayMs = 500;

/** Writes the project to the autosave shortly after each change, so a reload or crash loses nothing. */
export function useAutosave(project: Project | null): void {
  const showError = useWizard((state) => state.showError);
  const settled = useDebouncedValue(project, autosaveDelayMs);
  useEffect(() => {
    if (settled === null) return;
    void window.s2s.writeAutosave(settled).then((written) => {
      if (!written.ok) showError(written.error);
    });
  }, [settled, showError]);
}
