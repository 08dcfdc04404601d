import { t } from '../i18n';
import { stepIds } from '../steps/steps';
import { useWizard } from '../store/wizard-store-context';

/** Previous step / Next step under the current step; the first step has no Previous, the last no Next. */
export function StepNavigation() {
  const step = useWizard((state) => state.step);
  const goTo = useWizard((state) => state.goTo);
  const index = stepIds.indexOf(step);
  const previous = stepIds[index - 1];
  const next = stepIds[index + 1];
  return (
    <nav className="step-navigation" aria-label={t('navigation.label')}>
      {previous !== undefined && (
        <button type="button" onClick={() => goTo(previous)}>
          <span aria-hidden="true">← </span>
          {t('navigation.previous')}
        </button>
      )}
      {next !== undefined && (
        <button type="button" className="step-navigation-next" onClick={() => goTo(next)}>
          {t('navigation.next')}
          <span aria-hidden="true"> →</span>
        </button>
      )}
    </nav>
  );
}
