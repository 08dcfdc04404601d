import { t } from '../i18n';
import type { MessageKey } from '../i18n/en';
import type { StepId } from './steps';

/** The panel of a step that a later issue builds: what it will do, and which issue owns it. */
export function NotBuiltStep({ step }: { step: StepId }) {
  return (
    <section className="not-built">
      <p className="not-built-title">{t('notBuilt.title', { step: t(`step.${step}`) })}</p>
      <p>{t(`notBuilt.${step}` as MessageKey)}</p>
    </section>
  );
}
