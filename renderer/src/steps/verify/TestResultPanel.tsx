import { useEffect, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { Result } from '../../../../electron/core/result';
import type { TestResult } from '../../../../electron/shared/channels/verify-channels';
import { DropZone } from '../../components/DropZone';
import { OperationStatus } from '../../components/OperationStatus';
import { dropLimits, readDroppedFile } from '../../components/read-dropped-file';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { DiagnosisView } from './DiagnosisView';

/** The test's output, pasted, imported or dropped, and its diagnosis; main keeps the last one for the session and the report. */
export function TestResultPanel({ project }: { project: Project }) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<TestResult | null>(null);
  const reading = useOperation<TestResult | null>();
  const busy = reading.busy;
  usePublishStepFindings('verify', result?.diagnosis.findings, { part: 'test', complete: result?.diagnosis.findings.some((f) => f.id === 'diag.success') });

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
    const outcome = await reading.start(action);
    if (outcome?.ok && outcome.value) setResult(outcome.value);
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
        </button>
      </p>
      <DropZone label={t('drop.output.zone')} onFile={(file) => void run(async () => window.s2s.dropTestOutput(project, await readDroppedFile(file, dropLimits.testOutput)))}>
        <p className="verify-actions">
          <button type="button" disabled={busy} aria-describedby="verify-import-hint" onClick={() => void run(() => window.s2s.importTestOutput(project))}>
            {t('verify.importOutput')}
          </button>{' '}
          <span id="verify-import-hint" className="hint">
            {t('verify.importOutputHint')} {t('drop.output.hint')}
          </span>
        </p>
      </DropZone>
      <OperationStatus run={reading.run} activity={t('operation.readingOutput')} />
      <div aria-live="polite">{result && <DiagnosisView result={result} />}</div>
    </section>
  );
}
