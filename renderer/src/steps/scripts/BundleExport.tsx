import type { Project } from '../../../../electron/core/model/project';
import type { ExportedBundle } from '../../../../electron/shared/channels/script-channels';
import { OperationStatus } from '../../components/OperationStatus';
import { ShowInFolderButton } from '../../components/ShowInFolderButton';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';

/**
 * Writes the whole bundle (both sides, rollback, runbook) to a folder the user picks, or as one zip file. No Cancel:
 * a bundle stopped halfway would leave a folder of scripts that do not belong together.
 */
export function BundleExport({ project, disabled }: { project: Project; disabled: boolean }) {
  const exporting = useOperation<ExportedBundle | null>();
  const exported = exporting.run.status === 'done' ? exporting.run.result : null;
  return (
    <section className="bundle-export" aria-labelledby="bundle-export-title">
      <h3 id="bundle-export-title">{t('scripts.export')}</h3>
      <p className="hint">{t('scripts.exportHint')}</p>
      <div className="bundle-export-actions">
        <button type="button" disabled={disabled || exporting.busy} onClick={() => void exporting.start(() => window.s2s.exportScriptsToFolder(project))}>
          {t('scripts.exportFolder')}
        </button>
        <button type="button" disabled={disabled || exporting.busy} onClick={() => void exporting.start(() => window.s2s.exportScriptsAsZip(project))}>
          {t('scripts.exportZip')}
        </button>
      </div>
      <OperationStatus run={exporting.run} activity={t('operation.exportingBundle')} />
      <p role="status" className="export-status">
        {exported ? t('scripts.exported', { count: exported.files.length, location: exported.location }) : ''}
      </p>
      {exported && <ShowInFolderButton item="bundle" />}
    </section>
  );
}
