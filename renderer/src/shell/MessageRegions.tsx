import { t } from '../i18n';
import { localizeError } from '../i18n/localize';
import { useWizard } from '../store/wizard-store-context';

/** Live regions, always present so assistive technology hears what appears in them: errors and confirmations. */
export function MessageRegions() {
  const alert = useWizard((state) => state.alert);
  const status = useWizard((state) => state.status);
  const dismissAlert = useWizard((state) => state.dismissAlert);
  return (
    <div className="messages">
      <div role="alert" className="message message-alert">
        {alert !== null && (
          <>
            <p>
              <span aria-hidden="true">✖ </span>
              {localizeError(alert)}
            </p>
            <button type="button" onClick={dismissAlert}>
              {t('messages.dismiss')}
            </button>
          </>
        )}
      </div>
      <div role="status" className="message message-status">
        {status !== null && t(status.key, status.params)}
      </div>
    </div>
  );
}
