import { useRef } from 'react';
import { t } from '../i18n';

/**
 * The About button and its box: the version and what the app is. A modal <dialog>: Escape and Close shut it and
 * the browser gives the focus back to the About button.
 */
export function AboutDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" className="about-open" onClick={() => dialog.current?.showModal()}>
        {t('about.open')}
      </button>
      <dialog ref={dialog} className="about" aria-labelledby="about-title">
        <h2 id="about-title">{t('about.title')}</h2>
        <p className="about-version">{t('about.version', { version: __APP_VERSION__ })}</p>
        <p>{t('about.description')}</p>
        <p>{t('about.scripts')}</p>
        <p>{t('about.license')}</p>
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('about.close')}
        </button>
      </dialog>
    </>
  );
}
