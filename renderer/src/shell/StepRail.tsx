import { t } from '../i18n';
import { stepIds } from '../steps/steps';
import { useWizard } from '../store/wizard-store-context';

/** The seven steps in order; the current one is marked with aria-current. */
export function StepRail() {
  const current = useWizard((state) => state.step);
  const goTo = useWizard((state) => state.goTo);
  return (
    <nav className="step-rail" aria-label={t('rail.label')}>
      <ol>
        {stepIds.map((step) => (
          <li key={step}>
            <button type="button" aria-current={step === current ? 'step' : undefined} onClick={() => goTo(step)}>
              {t(`step.${step}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
