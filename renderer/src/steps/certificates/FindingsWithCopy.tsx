import type { Finding } from '../../../../electron/core/findings';
import { FindingList } from '../../components/FindingList';
import { t } from '../../i18n';
import { CopyFixButton } from './CopyFixButton';

/** A card's findings, worst first (as core sorts them), each fix with a copy button, and a count up front. */
export function FindingsWithCopy({ id, findings }: { id: string; findings: readonly Finding[] }) {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return (
    <>
      <p className="findings-summary">
        {findings.length === 0
          ? t('certificates.noFindings')
          : t('certificates.summary', { errors: count('error'), warnings: count('warning'), notes: count('info') })}
      </p>
      <FindingList id={id} findings={findings} fixAction={(finding) => <CopyFixButton finding={finding} />} />
    </>
  );
}
