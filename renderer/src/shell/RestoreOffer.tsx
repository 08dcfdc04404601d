import { useEffect, useRef } from 'react';
import { formatDateTime, t } from '../i18n';
import { useWizard } from '../store/wizard-store-context';

/** The last part of a Windows or POSIX path. */
function fileName(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

/**
 * The main area before a project is loaded: the offer to restore the autosaved work (its file, or its SIP domain
 * when it was never saved, and when it was autosaved), else the loading line. The focus goes to Restore, which
 * carries the question as its description, so Enter restores and Tab reaches Start new; after either answer the
 * focus moves to the step's heading. Nothing is lost by Start new: the autosave stays until the user changes something.
 */
export function RestoreOffer() {
  const offer = useWizard((state) => state.restoreOffer);
  const restore = useWizard((state) => state.restoreAutosave);
  const decline = useWizard((state) => state.declineAutosave);
  const restoreButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (offer !== null) restoreButton.current?.focus();
  }, [offer]);
  if (offer === null) return <p>{t('app.loading')}</p>;

  const focusStep = () => document.getElementById('step-heading')?.focus();
  const which =
    offer.path === null
      ? t('restore.neverSaved', { domain: offer.project.sipDomain || t('restore.noDomain') })
      : t('restore.savedFile', { name: fileName(offer.path), path: offer.path });
  return (
    <section className="restore-offer" aria-labelledby="restore-offer-title">
      <h3 id="restore-offer-title">{t('restore.title')}</h3>
      <div id="restore-offer-detail">
        <p>{which}</p>
        {offer.savedAt !== null && <p>{t('restore.savedAt', { date: formatDateTime(offer.savedAt) })}</p>}
        <p className="restore-offer-note">{t('restore.keeps')}</p>
      </div>
      <div className="restore-offer-actions">
        <button
          ref={restoreButton}
          type="button"
          aria-describedby="restore-offer-title restore-offer-detail"
          onClick={() => {
            restore();
            focusStep();
          }}
        >
          {t('restore.restore')}
        </button>
        <button type="button" onClick={() => void decline().then(focusStep)}>
          {t('restore.startNew')}
        </button>
      </div>
    </section>
  );
}
