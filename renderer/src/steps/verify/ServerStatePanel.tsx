import { useEffect, useEffectEvent, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { StateSide } from '../../../../electron/core/state/import-state';
import type { ImportedServerState } from '../../../../electron/shared/channels/verify-channels';
import { formatDateTime, t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { FindingsWithCopy } from '../certificates/FindingsWithCopy';

const sides: StateSide[] = ['exchange', 'lync'];
const field = { exchange: 'exchangeStateFile', lync: 'lyncStateFile' } as const;

/** The state the 00-collect scripts wrote, imported and checked; the project records the files. */
export function ServerStatePanel({ project }: { project: Project }) {
  const edit = useWizard((state) => state.edit);
  const showError = useWizard((state) => state.showError);
  const [imported, setImported] = useState<Partial<Record<StateSide, ImportedServerState>>>({});
  const { exchangeStateFile, lyncStateFile } = project;

  // The files the project names are read again whenever they change (an imported file is then recorded in the project).
  const loadNamed = useEffectEvent(() => window.s2s.loadServerState(project));
  useEffect(() => {
    if (exchangeStateFile === null && lyncStateFile === null) return;
    let current = true;
    void loadNamed().then((loaded) => {
      if (!current) return;
      if (!loaded.ok) return showError(loaded.error);
      setImported(Object.fromEntries(loaded.value.map((state) => [state.side, state])));
    });
    return () => {
      current = false;
    };
  }, [exchangeStateFile, lyncStateFile, showError]);

  const importSide = async (side: StateSide) => {
    const result = await window.s2s.importServerState(project, side);
    if (!result.ok) return showError(result.error);
    if (result.value === null) return;
    const state = result.value;
    setImported((previous) => ({ ...previous, [side]: state }));
    edit({ [field[side]]: state.projectPath });
  };

  return (
    <section className="verify-panel" aria-labelledby="verify-state-heading">
      <h3 id="verify-state-heading">{t('verify.stateHeading')}</h3>
      <p>{t('verify.stateIntro')}</p>
      <p className="verify-actions">
        {sides.map((side) => (
          <span key={side}>
            <button type="button" onClick={() => void importSide(side)}>
              {t(`verify.importState.${side}`)}
            </button>{' '}
          </span>
        ))}
      </p>
      {sides.map((side) => {
        const state = imported[side];
        if (!state) return null;
        return (
          <div key={side} className="server-state" data-side={side}>
            <p>
              {t('verify.stateFile', { side: t(`verify.stateSide.${side}`), file: state.projectPath, server: state.server, time: formatDateTime(state.collectedAt) })}
            </p>
            {state.findings.length === 0 ? <p className="hint">{t('verify.stateClean')}</p> : <FindingsWithCopy id={`state-${side}-findings`} findings={state.findings} />}
          </div>
        );
      })}
    </section>
  );
}
