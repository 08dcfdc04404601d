/**
 * The imported-state part of `s2s-wizard check`: the files the project names in `exchangeStateFile` and
 * `lyncStateFile` (written by the 00-collect-*-state.ps1 scripts, paths relative to the project file), each
 * checked for its `state.*` findings. A named file that cannot be read or is not such a file is unreadable input:
 * exit 2, the field and the file named.
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { diagnoseContextOf } from '../../core/diagnose/diagnose-context.js';
import type { Finding } from '../../core/findings.js';
import type { ExchangeState, LyncState } from '../../core/state/state-format.js';
import { importStateFile, type StateSide } from '../../core/state/import-state.js';
import { thumbprintsInUse } from '../../core/state/state-thumbprints.js';
import { UsageError } from '../io.js';
import type { CheckSection } from './check-sections.js';

const fields: ReadonlyArray<[field: 'exchangeStateFile' | 'lyncStateFile', side: StateSide]> = [
  ['exchangeStateFile', 'exchange'],
  ['lyncStateFile', 'lync'],
];

export const stateSection: CheckSection = async ({ project, projectDir, now }) => {
  const values = diagnoseContextOf(project);
  const findings: Finding[] = [];
  const summary: Partial<Record<StateSide, { file: string; server: string; collectedAt: string }>> = {};
  let exchange: ExchangeState | null = null;
  let lync: LyncState | null = null;
  for (const [field, side] of fields) {
    const file = project[field];
    if (file === null) continue;
    const imported = await importStateFile({ readFile: async (path) => new Uint8Array(await fs.readFile(path)) }, resolve(projectDir, file), file, side, values, now);
    if (!imported.ok) throw new UsageError(`${field}: ${imported.error.message}`);
    findings.push(...imported.value.findings);
    summary[side] = { file, server: imported.value.server, collectedAt: imported.value.collectedAt };
    if (imported.value.imported.side === 'exchange') exchange = imported.value.imported.state;
    else lync = imported.value.imported.state;
  }
  if (exchange === null && lync === null) return { findings };
  return { findings, json: { state: { ...summary, thumbprints: thumbprintsInUse(exchange, lync) } } };
};
