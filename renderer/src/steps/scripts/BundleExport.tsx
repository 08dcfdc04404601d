import { useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { ExportedBundle } from '../../../../electron/shared/channels/script-channels';
import type { Result } from '../../../../electron/core/result';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';

/** Writes the whole bundle (both sides, rollback, runbook) to a folder the user picks, or as one zip file. */
export function BundleExport({ project, disabled }: { project: Project; disabled: boolean }) {
  const showError = useWizard((state) => state.showError);
  const [done, setDone] = useState<string | null>(null);
  const run = async (exporter: () => Promise<Result<ExportedBundle | null>>) => {
    setDone(null);
    const result = await exporter();
    if (!result.ok) return showError(result.error);
    if (result.value) setDone(t('scripts.exported', { count: result.value.files.length, location: result.value.location }));
  };
  return (
    <section className="bundle-export" aria-labelledby="bundle-export-title">
      <h3 id="bundle-export-title">{t('scripts.export')}</h3>
      <p className="hint">{t('scripts.exportHint')}</p>
      <div className="bundle-export-actions">
        <button type="button" disabled={disabled} onClick={() => run(() => window.s2s.exportScriptsToFolder(project))}>
          {t('scripts.exportFolder')}
        </button>
        <button type="button" disabled={disabled} onClick={() => run(() => window.s2s.exportScriptsAsZip(project))}>
          {t('scripts.exportZip')}
        </button>
      </div>
      <p role="status" className="export-status">
        {done ?? ''}
      </p>
    </section>
  );
}
