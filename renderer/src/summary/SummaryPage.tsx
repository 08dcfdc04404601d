import type { Finding } from '../../../electron/core/findings';
import { FindingList } from '../components/FindingList';
import { t } from '../i18n';
import { StepStateLabel } from '../shell/StepStateLabel';
import { stepIds, type StepId } from '../steps/steps';
import { stepFindings } from '../store/step-status';
import { useStepStatus, useStepStatuses } from '../store/step-status-context';
import { useWizard } from '../store/wizard-store-context';

const isOpen = (finding: Finding) => finding.severity === 'error' || finding.severity === 'warning';

/**
 * Every open finding (error, warning) of every step, grouped by step in the job's order, each group with its state
 * and a button to its step; notes (info) folded away under each group.
 */
export function SummaryPage() {
  const statuses = useStepStatuses();
  const reports = useStepStatus((state) => state.reports);
  const visited = useStepStatus((state) => state.visited);
  const closeSummary = useStepStatus((state) => state.closeSummary);
  const goTo = useWizard((state) => state.goTo);
  const errors = stepIds.reduce((sum, step) => sum + statuses[step].errors, 0);
  const warnings = stepIds.reduce((sum, step) => sum + statuses[step].warnings, 0);
  const open = (step: StepId) => {
    closeSummary();
    goTo(step);
  };
  return (
    <div className="summary">
      <p className="step-intro">{t('summary.intro')}</p>
      <p className="summary-total">{errors + warnings === 0 ? t('summary.none') : t('summary.total', { errors, warnings })}</p>
      {stepIds.map((step) => {
        const findings = stepFindings(reports[step] ?? {});
        const openFindings = findings.filter(isOpen);
        const notes = findings.filter((finding) => finding.severity === 'info');
        const status = statuses[step];
        // Opened, or a part of it published: its findings are known (a reopened project's step may be neither yet).
        const known = visited[step] === true || Object.keys(reports[step] ?? {}).length > 0;
        return (
          <section key={step} className="summary-step" aria-labelledby={`summary-${step}-title`} data-step={step}>
            <h3 id={`summary-${step}-title`}>{t(`step.${step}`)}</h3>
            <p className="summary-step-state">
              <StepStateLabel status={status} />{' '}
              <button type="button" onClick={() => open(step)}>
                {t('summary.goTo', { step: t(`step.${step}`) })}
              </button>
            </p>
            {openFindings.length > 0 ? (
              <FindingList id={`summary-${step}-findings`} findings={openFindings} />
            ) : (
              <p className="hint">{known ? t('summary.stepClean') : t('summary.notStarted')}</p>
            )}
            {notes.length > 0 && (
              <details className="summary-notes">
                <summary>{t('summary.notes', { count: notes.length })}</summary>
                <FindingList id={`summary-${step}-notes`} findings={notes} />
              </details>
            )}
          </section>
        );
      })}
    </div>
  );
}
