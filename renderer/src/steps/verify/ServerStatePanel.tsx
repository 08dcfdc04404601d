import { useEffect, useEffectEvent, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { StateSide } from '../../../../electron/core/state/import-state';
import type { ImportedServerState } from '../../../../electron/shared/channels/verify-channels';
import { DropZone } from '../../components/DropZone';
import { OperationStatus } from '../../components/OperationStatus';
import { dropLimits, readDroppedFile } from '../../components/read-dropped-file';
import { useOperation } from '../../components/use-operation';
import { formatDateTime, t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { useWizard } from '../../store/wizard-store-context';
import { FindingsWithCopy } from '../certificates/FindingsWithCopy';

const sides: StateSide[] = ['exchange', 'lync'];
const field = { exchange: 'exchangeStateFile', lync: 'lyncStateFile' } as const;

type Shown = Partial<Record<StateSide, ImportedServerState>>;

/** The states of dropped files: the project names no file for their side, so reading what it names keeps them. */
function droppedOnly(shown: Shown): Shown {
  return Object.fromEntries(Object.entries(shown).filter(([, state]) => state.projectPath === null));
}

/** The state the 00-collect scripts wrote, imported (or dropped) and checked; the project records imported files. */
export function ServerStatePanel({ project }: { project: Project }) {
  const edit = useWizard((state) => state.edit);
  const reading = useOperation<unknown>();
  const [imported, setImported] = useState<Partial<Record<StateSide, ImportedServerState>>>({});
  const { exchangeStateFile, lyncStateFile } = project;
  usePublishStepFindings('verify', Object.values(imported).flatMap((state) => state.findings), { part: 'state' });

  // The files the project names are read again whenever they change (an imported file is then recorded in the project).
  const loadNamed = useEffectEvent(() => reading.start(() => window.s2s.loadServerState(project)));
  useEffect(() => {
    if (exchangeStateFile === null && lyncStateFile === null) return;
    let current = true;
    void loadNamed().then((loaded) => {
      if (!current || !loaded?.ok) return;
      setImported((previous) => ({ ...droppedOnly(previous), ...Object.fromEntries(loaded.value.map((state) => [state.side, state])) }));
    });
    return () => {
      current = false;
    };
  }, [exchangeStateFile, lyncStateFile]);

  /** Shows the state, and records its file for its side (none for a dropped file, as for a dropped certificate). */
  const show = (state: ImportedServerState) => {
    setImported((previous) => ({ ...previous, [state.side]: state }));
    edit({ [field[state.side]]: state.projectPath });
  };
  const importSide = async (side: StateSide) => {
    const result = await reading.start(() => window.s2s.importServerState(project, side));
    if (result?.ok && result.value !== null) show(result.value);
  };
  const dropFile = async (file: File) => {
    const result = await reading.start(async () => window.s2s.dropServerState(project, await readDroppedFile(file, dropLimits.state)));
    if (result?.ok) show(result.value);
  };

  return (
    <section className="verify-panel" aria-labelledby="verify-state-heading">
      <h3 id="verify-state-heading">{t('verify.stateHeading')}</h3>
      <p>{t('verify.stateIntro')}</p>
      <DropZone label={t('drop.state.zone')} onFile={(file) => void dropFile(file)}>
        <p className="verify-actions">
          {sides.map((side) => (
            <span key={side}>
              <button type="button" disabled={reading.busy} onClick={() => void importSide(side)}>
                {t(`verify.importState.${side}`)}
              </button>{' '}
            </span>
          ))}
        </p>
        <p className="hint">{t('drop.state.hint')}</p>
      </DropZone>
      <OperationStatus run={reading.run} activity={t('operation.readingState')} />
      {sides.map((side) => {
        const state = imported[side];
        if (!state) return null;
        return (
          <div key={side} className="server-state" data-side={side}>
            <p>
              {t('verify.stateFile', { side: t(`verify.stateSide.${side}`), file: state.file, server: state.server, time: formatDateTime(state.collectedAt) })}
            </p>
            {state.projectPath === null && <p className="hint">{t('drop.state.notRecorded')}</p>}
            {state.findings.length === 0 ? <p className="hint">{t('verify.stateClean')}</p> : <FindingsWithCopy id={`state-${side}-findings`} findings={state.findings} />}
          </div>
        );
      })}
    </section>
  );
}
