import { useEffect } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { useProjectCheck } from '../topology/useProjectCheck';
import { ExchangeTrustPanel } from './ExchangeTrustPanel';
import { MetadataSidePanel } from './MetadataSidePanel';
import { metadataStepStore } from './metadata-step-store';
import { useMetadataActions, useMetadataStep } from './use-metadata-actions';

/** Step 3: both metadata documents side by side, and whether Exchange already trusts Lync. */
export function MetadataStep({ project }: { project: Project }) {
  const projectFile = useWizard((state) => state.path);
  const resolved = useProjectCheck(project)?.resolved;
  const actions = useMetadataActions();
  const busy = useMetadataStep((state) => state.sides.lync.status === 'running' || state.sides.exchange.status === 'running' || state.trust.status === 'running');
  useEffect(() => metadataStepStore.getState().belongTo(projectFile), [projectFile]);

  // A default derived from an empty name would only mislead.
  const lyncUrl = project.lyncMetadataUrl ?? (project.lyncPoolFqdn ? (resolved?.lyncMetadataUrl ?? null) : null);
  const exchangeUrl = project.exchangeMetadataUrl ?? (project.exchangeAutodiscoverFqdn ? (resolved?.exchangeMetadataUrl ?? null) : null);
  const ewsUrl = project.exchangeEwsUrl ?? (project.exchangeAutodiscoverFqdn ? (resolved?.exchangeEwsUrl ?? null) : null);

  const checkAll = () => {
    void actions.fetchSide('lync', project);
    void actions.fetchSide('exchange', project);
    void actions.probeTrust(project);
  };

  return (
    <>
      <p className="step-intro">{t('metadata.intro')}</p>
      <p>
        <button type="button" disabled={!lyncUrl || !exchangeUrl || busy} onClick={checkAll}>
          {t('metadata.checkAll')}
        </button>{' '}
        <span className="hint">{t('metadata.checkAllHint')}</span>
      </p>
      <div className="metadata-sides">
        <MetadataSidePanel side="lync" project={project} url={lyncUrl} />
        <MetadataSidePanel side="exchange" project={project} url={exchangeUrl} />
      </div>
      <ExchangeTrustPanel project={project} url={ewsUrl} />
    </>
  );
}
