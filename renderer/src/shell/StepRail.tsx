import { useId } from 'react';
import { t } from '../i18n';
import { stepIds, type StepId } from '../steps/steps';
import { openFindingCount } from '../store/step-status';
import { useStepStatus, useStepStatuses } from '../store/step-status-context';
import { useWizard } from '../store/wizard-store-context';
import { StepStateLabel } from './StepStateLabel';

/**
 * The seven steps in order, each with its state in words and an icon (the button's description, so a screen reader
 * says it after the step's name); the current one is marked with aria-current. Below them, outside the steps'
 * navigation (it is not a step of the job), the entry of the summary of open findings with their number.
 */
export function StepRail() {
  const id = useId();
  const current = useWizard((state) => state.step);
  const goTo = useWizard((state) => state.goTo);
  const summaryOpen = useStepStatus((state) => state.summaryOpen);
  const openSummary = useStepStatus((state) => state.openSummary);
  const closeSummary = useStepStatus((state) => state.closeSummary);
  const statuses = useStepStatuses();
  const open = (step: StepId) => {
    closeSummary();
    goTo(step);
  };
  return (
    <>
      <nav className="step-rail" aria-label={t('rail.label')}>
        <ol>
          {stepIds.map((step) => (
            <li key={step} data-step={step}>
              <button type="button" aria-current={!summaryOpen && step === current ? 'step' : undefined} aria-describedby={`${id}-${step}`} onClick={() => open(step)}>
                {t(`step.${step}`)}
              </button>
              <StepStateLabel id={`${id}-${step}`} status={statuses[step]} />
            </li>
          ))}
        </ol>
      </nav>
      <p className="rail-summary">
        <button type="button" aria-current={summaryOpen ? 'page' : undefined} onClick={openSummary}>
          {t('nav.summary.entry')} <span className="rail-summary-count">{t('nav.summary.count', { count: openFindingCount(statuses) })}</span>
        </button>
      </p>
    </>
  );
}
