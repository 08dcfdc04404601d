import type { Project } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { ReportPanel } from './ReportPanel';
import { ServerStatePanel } from './ServerStatePanel';
import { TestCommandPanel } from './TestCommandPanel';
import { TestResultPanel } from './TestResultPanel';

/** Step 6: the mailbox-write test, what its output means, the servers' own state, and the evidence report. */
export function VerifyStep({ project }: { project: Project }) {
  return (
    <div className="verify-step">
      <p className="step-intro">{t('verify.intro')}</p>
      <TestCommandPanel project={project} />
      <TestResultPanel project={project} />
      <ServerStatePanel project={project} />
      <ReportPanel project={project} />
    </div>
  );
}
