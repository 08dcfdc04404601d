import type { Project } from '../../../../electron/core/model/project';
import { FindingList } from '../../components/FindingList';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { useWizard } from '../../store/wizard-store-context';
import { BundleExport } from './BundleExport';
import { BundleRefusal } from './BundleRefusal';
import { ScriptFileView } from './ScriptFileView';
import { ScriptOptions } from './ScriptOptions';
import { useGeneratedBundle } from './useGeneratedBundle';

const mainScript = { exchange: '01-exchange-trust-lync.ps1', lync: '02-lync-trust-exchange.ps1' } as const;

/** Steps 4 and 5: this side's script, block by block, the options that change it, and the export of the bundle. */
function ScriptStep({ project, side }: { project: Project; side: 'exchange' | 'lync' }) {
  const path = useWizard((state) => state.path);
  const state = useGeneratedBundle(project, path);
  usePublishStepFindings(side === 'exchange' ? 'exchangeTrustsLync' : 'lyncTrustsExchange', state.status === 'ready' ? state.bundle.findings.filter((f) => side === 'exchange' || f.id !== 'script.trust-any-certificate') : null);
  const files = state.status === 'ready' ? state.bundle.files.filter((f) => f.side === side) : [];
  const main = files.find((f) => f.path === mainScript[side]);
  const others = files.filter((f) => f !== main);
  return (
    <>
      <p className="step-intro">{t(`scripts.intro.${side}`)}</p>
      <ScriptOptions project={project} side={side} />
      {state.status === 'loading' && <p>{t('scripts.generating')}</p>}
      {state.status === 'refused' && <BundleRefusal error={state.error} />}
      {state.status === 'ready' && (
        <>
          <FindingList id={`script-findings-${side}`} findings={state.bundle.findings.filter((f) => side === 'exchange' || f.id !== 'script.trust-any-certificate')} />
          {main && <ScriptFileView file={main} />}
          {others.length > 0 && (
            <details className="script-others">
              <summary>{t(`scripts.others.${side}`, { count: others.length })}</summary>
              {others.map((file) => (
                <ScriptFileView key={file.path} file={file} />
              ))}
            </details>
          )}
        </>
      )}
      <BundleExport project={project} disabled={state.status !== 'ready'} />
    </>
  );
}

export function ExchangeTrustsLyncStep({ project }: { project: Project }) {
  return <ScriptStep project={project} side="exchange" />;
}

export function LyncTrustsExchangeStep({ project }: { project: Project }) {
  return <ScriptStep project={project} side="lync" />;
}
