import { useState } from 'react';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';

/** Copies text through main, which owns the clipboard; says so in a status next to the button. */
export function CopyButton({ text, label, accessibleLabel }: { text: string; label: string; accessibleLabel: string }) {
  const showError = useWizard((state) => state.showError);
  const [copied, setCopied] = useState(false);
  return (
    <span className="copy-control">
      <button
        type="button"
        aria-label={accessibleLabel}
        onClick={async () => {
          const result = await window.s2s.copyScript(text);
          if (result.ok) setCopied(true);
          else showError(result.error);
        }}
      >
        {label}
      </button>
      <span role="status" className="copy-status">
        {copied ? t('scripts.copied') : ''}
      </span>
    </span>
  );
}
