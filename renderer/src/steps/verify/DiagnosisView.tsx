import type { Finding } from '../../../../electron/core/findings';
import type { TestResult } from '../../../../electron/shared/channels/verify-channels';
import { FindingList } from '../../components/FindingList';
import { formatTime, t } from '../../i18n';
import { CopyFixButton } from '../certificates/CopyFixButton';

function verdictOf(findings: readonly Finding[]): string {
  if (findings.length === 1 && findings[0]?.id === 'diag.success') return t('verify.verdict.success');
  return findings.some((f) => f.severity === 'error') ? t('verify.verdict.failed') : t('verify.verdict.unclear');
}

/** The diagnosis of one output: the verdict, how the output was read, and per cause its fix and the lines it rests on. */
export function DiagnosisView({ result }: { result: TestResult }) {
  const { diagnosis } = result;
  const input = diagnosis.input;
  return (
    <div className="diagnosis" data-testid="diagnosis">
      <p className={`diagnosis-verdict diagnosis-verdict-${diagnosis.findings.some((f) => f.severity === 'error') ? 'failed' : 'other'}`}>
        <strong>{verdictOf(diagnosis.findings)}</strong>
      </p>
      <p className="hint">
        {t('verify.readFrom', {
          source: result.source === 'pasted' ? t('verify.pasted') : result.source,
          time: formatTime(result.receivedAt),
          encoding: input.encoding ?? 'text',
          lines: input.lines,
          width: input.consoleWidth === null ? '' : t('verify.width', { width: input.consoleWidth }),
        })}
      </p>
      {diagnosis.findings.map((finding) => {
        const evidence = diagnosis.evidence[finding.id] ?? [];
        return (
          <div key={finding.id} className="diagnosis-cause">
            <FindingList id={`diagnosis-${finding.id}`} findings={[finding]} fixAction={(f) => <CopyFixButton finding={f} />} />
            {evidence.length > 0 && (
              <details className="evidence" open>
                <summary>{t('verify.evidence')}</summary>
                <ol className="evidence-lines">
                  {evidence.map((line) => (
                    <li key={line.line}>
                      <span className="evidence-line-number">{t('verify.evidenceLine', { line: line.line })}</span> <code>{line.text}</code>
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </div>
        );
      })}
    </div>
  );
}
