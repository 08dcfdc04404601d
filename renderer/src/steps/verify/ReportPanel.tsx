import { useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { ReportFormat } from '../../../../electron/shared/channels/report-channels';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';

/** Saves the evidence report (main gathers the session's evidence, renders it, and writes HTML or PDF). */
export function ReportPanel({ project }: { project: Project }) {
  const showError = useWizard((state) => state.showError);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (format: ReportFormat) => {
    setBusy(true);
    const result = await window.s2s.saveReport(project, format);
    setBusy(false);
    if (!result.ok) return showError(result.error);
    if (result.value) setSaved(result.value.path);
  };

  return (
    <section className="verify-panel" aria-labelledby="verify-report-heading">
      <h3 id="verify-report-heading">{t('verify.reportHeading')}</h3>
      <p>{t('verify.reportIntro')}</p>
      <p className="verify-actions">
        <button type="button" disabled={busy} onClick={() => void save('html')}>
          {t('verify.saveHtml')}
        </button>{' '}
        <button type="button" disabled={busy} onClick={() => void save('pdf')}>
          {t('verify.savePdf')}
        </button>
      </p>
      <p role="status" className="report-status">
        {saved ? t('verify.reportSaved', { path: saved }) : ''}
      </p>
    </section>
  );
}
