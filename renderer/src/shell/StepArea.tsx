import { t } from '../i18n';
import { NotBuiltStep } from '../steps/NotBuiltStep';
import { stepViews } from '../steps/step-views';
import { useWizard } from '../store/wizard-store-context';

/** The main area: the current step under its heading, once a project is loaded. */
export function StepArea() {
  const step = useWizard((state) => state.step);
  const project = useWizard((state) => state.project);
  const View = stepViews[step];
  return (
    <main className="step-area" aria-labelledby="step-heading">
      <h2 id="step-heading">{t(`step.${step}`)}</h2>
      {project === null ? (
        <p>{t('app.loading')}</p>
      ) : View ? (
        <View project={project} />
      ) : (
        <NotBuiltStep step={step} />
      )}
    </main>
  );
}
