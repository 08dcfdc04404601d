import type { Project } from '../../../../electron/core/model/project';
import { OperationStatus } from '../../components/OperationStatus';
import { ShowInFolderButton } from '../../components/ShowInFolderButton';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';

/**
 * Saves the evidence report (main gathers the session's evidence, renders it, and writes HTML or PDF). Cancel
 * stops it until the file is written: printing a PDF is the slow part, and its result is then thrown away.
 */
export function ReportPanel({ project }: { project: Project }) {
  const saving = useOperation<{ path: string } | null>();
  const saved = saving.run.status === 'done' ? saving.run.result : null;
  return (
    <section className="verify-panel" aria-labelledby="verify-report-heading">
      <h3 id="verify-report-heading">{t('verify.reportHeading')}</h3>
      <p>{t('verify.reportIntro')}</p>
      <p className="verify-actions">
        <button type="button" disabled={saving.busy} onClick={() => void saving.start((operationId) => window.s2s.saveReport(operationId, project, 'html'))}>
          {t('verify.saveHtml')}
        </button>{' '}
        <button type="button" disabled={saving.busy} onClick={() => void saving.start((operationId) => window.s2s.saveReport(operationId, project, 'pdf'))}>
          {t('verify.savePdf')}
        </button>
      </p>
      <OperationStatus run={saving.run} activity={t('operation.savingReport')} onCancel={(operationId) => void window.s2s.cancelReport(operationId)} />
      <p role="status" className="report-status">
        {saved ? t('verify.reportSaved', { path: saved.path }) : ''}
      </p>
      {saved && <ShowInFolderButton item="report" />}
    </section>
  );
}
