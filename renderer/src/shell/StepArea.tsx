import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import { NotBuiltStep } from '../steps/NotBuiltStep';
import { stepViews } from '../steps/step-views';
import { useWizard } from '../store/wizard-store-context';
import { StepNavigation } from './StepNavigation';

/**
 * The main area: the current step under its heading, once a project is loaded, with Previous / Next under it.
 * On every change of step (from the rail or the buttons) focus moves to the new heading, so a screen reader
 * announces where the user now is and Tab continues from the top of the step.
 */
export function StepArea() {
  const step = useWizard((state) => state.step);
  const project = useWizard((state) => state.project);
  const heading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    heading.current?.focus();
  }, [step]);
  const View = stepViews[step];
  return (
    <main className="step-area" aria-labelledby="step-heading">
      <h2 id="step-heading" ref={heading} tabIndex={-1}>
        {t(`step.${step}`)}
      </h2>
      {project === null ? (
        <p>{t('app.loading')}</p>
      ) : (
        <>
          {View ? <View project={project} /> : <NotBuiltStep step={step} />}
          <StepNavigation />
        </>
      )}
    </main>
  );
}
