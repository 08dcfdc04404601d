import { useId } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import { FindingList } from '../../components/FindingList';
import { OperationStatus } from '../../components/OperationStatus';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { useWizard } from '../../store/wizard-store-context';
import { useMetadataActions, useMetadataStep } from './use-metadata-actions';

/** The live probe: does Exchange list Lync of this realm among the issuers it trusts? */
export function ExchangeTrustPanel({ project, url }: { project: Project; url: string | null }) {
  const id = useId();
  const edit = useWizard((state) => state.edit);
  const run = useMetadataStep((state) => state.trust);
  const actions = useMetadataActions();
  const report = run.status === 'done' ? run.result : null;
  usePublishStepFindings('metadata', report?.findings, { part: 'trust' });
  return (
    <section className="exchange-trust" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('metadata.trust.title')}</h3>
      <p className="hint">{url ? t('metadata.trust.hint', { url }) : t('metadata.trust.needsName')}</p>
      <div className="checkbox-field">
        <input
          id={`${id}-configured`}
          type="checkbox"
          checked={project.options.exchangeTrustConfigured === true}
          aria-describedby={`${id}-configured-hint`}
          onChange={(event) => edit({ options: { ...project.options, exchangeTrustConfigured: event.target.checked } })}
        />
        <label htmlFor={`${id}-configured`}>{t('metadata.trust.configured')}</label>
        <p id={`${id}-configured-hint`} className="hint">
          {t('metadata.trust.configuredHint')}
        </p>
      </div>
      <button type="button" disabled={!url || run.status === 'running'} onClick={() => void actions.probeTrust(project)}>
        {t('metadata.trust.probe')}
      </button>
      <OperationStatus run={run} activity={t('metadata.trust.probing', { url: url ?? '' })} onCancel={(operationId) => void actions.cancel(operationId)} />
      {report && (
        <div className="metadata-report">
          <p>{report.trustedIssuers === null ? t('metadata.trust.noIssuers') : t('metadata.trust.issuers', { issuers: report.trustedIssuers.join(', ') || t('metadata.fact.none') })}</p>
          <p className="hint">{t('metadata.trust.expected', { issuer: report.expectedIssuer })}</p>
          <FindingList id={`${id}-findings`} findings={report.findings} />
        </div>
      )}
    </section>
  );
}
