import { useEffect, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { ProjectCheck } from '../../../../electron/shared/ipc-contract';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useWizard } from '../../store/wizard-store-context';

const checkDelayMs = 250;

/** The findings and resolved defaults of the project, refreshed shortly after each change; null until the first. */
export function useProjectCheck(project: Project): ProjectCheck | null {
  const showError = useWizard((state) => state.showError);
  const settled = useDebouncedValue(project, checkDelayMs);
  const [check, setCheck] = useState<ProjectCheck | null>(null);
  useEffect(() => {
    let current = true;
    void window.s2s.validateProject(settled).then((result) => {
      if (!current) return;
      if (result.ok) setCheck(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [settled, showError]);
  return check;
}
