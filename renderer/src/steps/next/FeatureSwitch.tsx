import type { Project } from '../../../../electron/core/model/project';
import type { GeneratedFile } from '../../../../electron/shared/channels/script-channels';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { ScriptFileView } from '../scripts/ScriptFileView';

export type Feature = 'archiving' | 'unifiedContactStore';

/** The script each feature adds to the bundle (names as the generators in electron/core/powershell write them). */
const featureScript: Record<Feature, string> = {
  archiving: '04-enable-archiving.ps1',
  unifiedContactStore: '05-enable-unified-contact-store.ps1',
};

const terms = ['does', 'needs', 'mind'] as const;

/**
 * One optional feature: a switch bound to the project's option, what the feature does, needs and costs, and,
 * while the switch is on, the script it adds to the bundle.
 */
export function FeatureSwitch({ project, feature, files, generating }: { project: Project; feature: Feature; files: readonly GeneratedFile[]; generating: boolean }) {
  const edit = useWizard((state) => state.edit);
  const on = project.options[feature];
  const script = files.find((file) => file.path === featureScript[feature]);
  const id = `next-${feature}`;
  return (
    <div className="next-feature" data-feature={feature}>
      <div className="next-switch">
        <input
          id={id}
          type="checkbox"
          role="switch"
          checked={on}
          aria-describedby={`${id}-does`}
          onChange={(event) => edit({ options: { ...project.options, [feature]: event.target.checked } })}
        />
        <label htmlFor={id}>{t(`next.${feature}.label`)}</label>
      </div>
      <dl className="next-feature-facts">
        {terms.map((term) => (
          <div key={term}>
            <dt>{t(`next.term.${term}`)}</dt>
            <dd id={`${id}-${term}`}>{t(`next.${feature}.${term}`)}</dd>
          </div>
        ))}
      </dl>
      {on && script && <ScriptFileView file={script} headingLevel={4} />}
      {on && !script && generating && <p role="status">{t('next.generating')}</p>}
    </div>
  );
}
