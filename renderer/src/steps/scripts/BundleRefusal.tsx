import type { AppError } from '../../../../electron/core/result';
import { t } from '../../i18n';
import { localizeError } from '../../i18n/localize';

/** Why the bundle cannot be written (the field named by the backend) and where to correct it. */
export function BundleRefusal({ error }: { error: AppError }) {
  return (
    <div className="script-refused" role="alert">
      <p>
        <strong>{t('scripts.refused')}</strong> {localizeError(error)}
      </p>
      <p className="hint">{t('scripts.refusedHint')}</p>
    </div>
  );
}
