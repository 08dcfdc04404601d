import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import { stepViews } from '../steps/step-views';
import { useStepStatus } from '../store/step-status-context';
import { useWizard } from '../store/wizard-store-context';
import { SummaryPage } from '../summary/SummaryPage';
import { StepNavigation } from './StepNavigation';
import { RestoreOffer } from './RestoreOffer';

/**
 * The main area: the current step under its heading, once a project is loaded, with Previous / Next under it.
 * On every change of step (from the rail or the buttons) focus moves to the new heading, so a screen reader
 * announces where the user now is and Tab continues from the top of the step. The summary of open findings takes the
 * step's place (and heading) while it is open.
 */
export function StepArea() {
  const step = useWizard((state) => state.step);
  const project = useWizard((state) => state.project);
  const heading = useRef<HTMLHeadingElement>(null);
  const summaryOpen = useStepStatus((state) => state.summaryOpen);
  const shown = summaryOpen ? 'summary' : step;
  const shownView = useRef(shown);
  useEffect(() => {
    if (shownView.current === shown) return;
    shownView.current = shown;
    heading.current?.focus();
  }, [shown]);
  const View = stepViews[step];
  return (
    <main className="step-area" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        {summaryOpen ? t('summary.title') : t(`step.${step}`)}
      </h2>
      {project === null ? (
        <RestoreOffer />
      ) : summaryOpen ? (
        <SummaryPage />
      ) : (
        <>
          <View project={project} />
          <StepNavigation />
        </>
      )}
    </main>
  );
}
