import type { Project, ProjectOptions } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';

type Flag = 'trustAnySslCertificate' | 'archiving' | 'unifiedContactStore' | 'deleteTestItem';

/** The project options that change this side's scripts; each change is saved with the project. */
export function ScriptOptions({ project, side }: { project: Project; side: 'exchange' | 'lync' }) {
  const edit = useWizard((state) => state.edit);
  const set = (patch: Partial<ProjectOptions>) => edit({ options: { ...project.options, ...patch } });
  const flag = (name: Flag) => (
    <div className="option" key={name}>
      <input id={`option-${name}`} type="checkbox" checked={project.options[name]} aria-describedby={`option-${name}-hint`} onChange={(event) => set({ [name]: event.target.checked })} />
      <label htmlFor={`option-${name}`}>{t(`scripts.option.${name}`)}</label>
      <p id={`option-${name}-hint`} className="hint">
        {t(`scripts.option.${name}.hint`)}
      </p>
    </div>
  );
  return (
    <fieldset className="script-options">
      <legend>{t('scripts.options')}</legend>
      {side === 'exchange' ? (
        flag('trustAnySslCertificate')
      ) : (
        <>
          <fieldset className="option-choice">
            <legend>{t('scripts.option.lyncTrustsExchangeBy')}</legend>
            {(['metadata', 'certificate'] as const).map((value) => (
              <div className="option" key={value}>
                <input
                  id={`option-lyncTrustsExchangeBy-${value}`}
                  type="radio"
                  name="lyncTrustsExchangeBy"
                  value={value}
                  checked={project.options.lyncTrustsExchangeBy === value}
                  onChange={() => set({ lyncTrustsExchangeBy: value })}
                />
                <label htmlFor={`option-lyncTrustsExchangeBy-${value}`}>{t(`scripts.option.lyncTrustsExchangeBy.${value}`)}</label>
              </div>
            ))}
          </fieldset>
          {flag('archiving')}
          {flag('unifiedContactStore')}
          {flag('deleteTestItem')}
        </>
      )}
    </fieldset>
  );
}
