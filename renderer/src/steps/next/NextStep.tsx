import type { Project } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { BundleExport } from '../scripts/BundleExport';
import { BundleRefusal } from '../scripts/BundleRefusal';
import { useGeneratedBundle } from '../scripts/useGeneratedBundle';
import { ReportPanel } from '../verify/ReportPanel';
import { FeatureSwitch } from './FeatureSwitch';
import { RollbackPanel } from './RollbackPanel';

/** Step 7: the optional features, the rollback, then the export of the bundle and the evidence report. */
export function NextStep({ project }: { project: Project }) {
  const path = useWizard((state) => state.path);
  const state = useGeneratedBundle(project, path);
  const files = state.status === 'ready' ? state.bundle.files : [];
  return (
    <div className="next-step">
      <p className="step-intro">{t('next.intro')}</p>
      {state.status === 'refused' && <BundleRefusal error={state.error} />}
      <section className="next-panel" aria-labelledby="next-features-heading">
        <h3 id="next-features-heading">{t('next.features.heading')}</h3>
        <p>{t('next.features.intro')}</p>
        <FeatureSwitch project={project} feature="archiving" files={files} generating={state.status !== 'refused'} />
        <FeatureSwitch project={project} feature="unifiedContactStore" files={files} generating={state.status !== 'refused'} />
      </section>
      <RollbackPanel files={files} />
      <BundleExport project={project} disabled={state.status !== 'ready'} />
      <ReportPanel project={project} />
    </div>
  );
}
