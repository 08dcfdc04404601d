import { useEffect, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { AppError } from '../../../../electron/core/result';
import type { VerifyPlan } from '../../../../electron/shared/channels/verify-channels';
import { t } from '../../i18n';
import { localizeError } from '../../i18n/localize';
import { CopyButton } from '../scripts/CopyButton';

/** Where and how to run the test: the exact command(s) for the project's test user, from main. */
export function TestCommandPanel({ project }: { project: Project }) {
  const [plan, setPlan] = useState<VerifyPlan | null>(null);
  const [problem, setProblem] = useState<AppError | null>(null);
  useEffect(() => {
    let current = true;
    void window.s2s.verifyPlan(project).then((result) => {
      if (!current) return;
      setPlan(result.ok ? result.value : null);
      setProblem(result.ok ? null : result.error);
    });
    return () => {
      current = false;
    };
  }, [project]);

  return (
    <section className="verify-panel" aria-labelledby="verify-run-heading">
      <h3 id="verify-run-heading">{t('verify.runHeading')}</h3>
      <p>{t('verify.where')}</p>
      {problem && (
        <p className="verify-problem" data-error-code={problem.code}>
          {localizeError(problem)}
        </p>
      )}
      {plan?.commands.map((command) => (
        <div key={command.folder} className="verify-command">
          <p className="verify-command-heading">{t(`verify.commandHeading.${command.folder}`, { user: project.testUserSipUri })}</p>
          <pre>
            <code>{command.command}</code>
          </pre>
          <CopyButton text={command.command} label={t('verify.copyCommand')} accessibleLabel={t('verify.copyCommandLabel', { command: command.command })} />
          {command.folder === 'Dumpster' && <p className="hint">{t('verify.dumpsterNote')}</p>}
        </div>
      ))}
      {plan && !project.options.deleteTestItem && <p className="hint">{t('verify.keepNote')}</p>}
      {plan && <p className="hint">{t('verify.scriptNote', { file: plan.outputFile })}</p>}
    </section>
  );
}
