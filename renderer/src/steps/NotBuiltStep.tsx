import { t } from '../i18n';
import type { StepId } from './steps';

/** The panel of a step that a later issue builds: what it will do, and which issue owns it. */
export function NotBuiltStep({ step }: { step: Exclude<StepId, 'topology'> }) {
  return (
    <section className="not-built">
      <p className="not-built-title">{t('notBuilt.title', { step: t(`step.${step}`) })}</p>
      <p>{t(`notBuilt.${step}`)}</p>
    </section>
  );
}
