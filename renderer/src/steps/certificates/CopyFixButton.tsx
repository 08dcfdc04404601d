import { useState } from 'react';
import type { Finding } from '../../../../electron/core/findings';
import { t } from '../../i18n';
import { localizeFinding } from '../../i18n/localize';
import { useWizard } from '../../store/wizard-store-context';

/** Copies a finding's fix (a command), as the UI shows it, through main, which owns the clipboard. */
export function CopyFixButton({ finding }: { finding: Finding }) {
  const showError = useWizard((state) => state.showError);
  const [copied, setCopied] = useState(false);
  const { title, fix } = localizeFinding(finding);
  if (!fix) return null;
  return (
    <>
      {' '}
      <button
        type="button"
        className="copy-fix"
        aria-label={t('certificates.copyFixLabel', { title })}
        onClick={async () => {
          const result = await window.s2s.copyFix(fix);
          if (result.ok) setCopied(true);
          else showError(result.error);
        }}
      >
        {t('certificates.copyFix')}
      </button>
      <span role="status" className="copy-status">
        {copied ? t('certificates.copied') : ''}
      </span>
    </>
  );
}
