import { useEffect } from 'react';
import { usePreferences } from '../preferences/preferences-store';
import { useWizard } from '../store/wizard-store-context';

/**
 * Tells main, after every change, the project when it holds unsaved changes (else null) and the language shown:
 * main asks before the window closes from that last report, without asking the page anything.
 */
export function useUnsavedReport(): void {
  const project = useWizard((state) => state.project);
  const dirty = useWizard((state) => state.dirty);
  const showError = useWizard((state) => state.showError);
  const language = usePreferences((state) => state.language);
  useEffect(() => {
    void window.s2s.reportUnsaved({ project: dirty ? project : null, language }).then((reported) => {
      if (!reported.ok) showError(reported.error);
    });
  }, [project, dirty, language, showError]);
}
