import { useEffect, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { Result } from '../../../../electron/core/result';
import type { TestResult } from '../../../../electron/shared/channels/verify-channels';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { DiagnosisView } from './DiagnosisView';

/** The test's output, pasted or imported, and its diagnosis; main keeps the last one for the session and the report. */
export function TestResultPanel({ project }: { project: Project }) {
  const showError = useWizard((state) => state.showError);
  const [text, setText] = useState('');
  const [result, setResult] = useState<TestResult | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void window.s2s.lastTestResult().then((last) => {
      if (current && last.ok && last.value) setResult(last.value);
    });
    return () => {
      current = false;
    };
  }, []);

  const run = async (action: () => Promise<Result<TestResult | null>>) => {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    if (!outcome.ok) return showError(outcome.error);
    if (outcome.value) setResult(outcome.value);
  };

  return (
    <section className="verify-panel" aria-labelledby="verify-result-heading">
      <h3 id="verify-result-heading">{t('verify.resultHeading')}</h3>
      <label htmlFor="verify-output">{t('verify.pasteLabel')}</label>
      <p id="verify-output-hint" className="hint">
        {t('verify.pasteHint')}
      </p>
      <textarea id="verify-output" aria-describedby="verify-output-hint" rows={10} spellCheck={false} value={text} onChange={(event) => setText(event.target.value)} />
      <p className="verify-actions">
        <button type="button" disabled={busy || text.trim() === ''} onClick={() => void run(() => window.s2s.diagnosePastedOutput(project, text))}>
          {t('verify.diagnose')}
        </button>{' '}
        <button type="button" disabled={busy} aria-describedby="verify-import-hint" onClick={() => void run(() => window.s2s.importTestOutput(project))}>
          {t('verify.importOutput')}
        </button>{' '}
        <span id="verify-import-hint" className="hint">
          {t('verify.importOutputHint')}
        </span>
      </p>
      <div aria-live="polite">{result && <DiagnosisView result={result} />}</div>
    </section>
  );
}
