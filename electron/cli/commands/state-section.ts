/**
 * The imported-state part of `s2s-wizard check`: the files the project names in `exchangeStateFile` and
 * `lyncStateFile` (written by the 00-collect-*-state.ps1 scripts, paths relative to the project file), each
 * checked for its `state.*` findings. A named file that cannot be read or is not such a file is unreadable input:
 * exit 2, the field and the file named.
 */
import { thumbprintsInUse } from '../../core/state/state-thumbprints.js';
import { UsageError } from '../io.js';
import { importProjectStates } from '../project-states.js';
import type { CheckSection } from './check-sections.js';

export const stateSection: CheckSection = async ({ project, projectDir, now }) => {
  const imported = await importProjectStates(project, projectDir, now);
  if (!imported.ok) throw new UsageError(imported.error.message);
  const { exchange, lync } = imported.value;
  const findings = [...(exchange?.findings ?? []), ...(lync?.findings ?? [])];
  if (exchange === undefined && lync === undefined) return { findings };
  const summary = Object.fromEntries([exchange, lync].flatMap((state) => (state ? [[state.side, { file: state.file, server: state.server, collectedAt: state.collectedAt }]] : [])));
  const exchangeState = exchange?.imported.side === 'exchange' ? exchange.imported.state : null;
  const lyncState = lync?.imported.side === 'lync' ? lync.imported.state : null;
  return { findings, json: { state: { ...summary, thumbprints: thumbprintsInUse(exchangeState, lyncState) } } };
};
