/**
 * The server state files a project names (`exchangeStateFile`, `lyncStateFile`, relative to the project file),
 * imported and checked: read by the state section of `check`, and by its metadata section for the thumbprints each
 * side signs with.
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { diagnoseContextOf } from '../core/diagnose/diagnose-context.js';
import type { Project } from '../core/model/project.js';
import { fail, ok, type Result } from '../core/result.js';
import { importStateFile, type StateImport, type StateSide } from '../core/state/import-state.js';

const fields: ReadonlyArray<[field: 'exchangeStateFile' | 'lyncStateFile', side: StateSide]> = [
  ['exchangeStateFile', 'exchange'],
  ['lyncStateFile', 'lync'],
];

/** A named file that cannot be read or is not such a file fails, its message starting with the field. */
export async function importProjectStates(project: Project, projectDir: string, now: Date): Promise<Result<Partial<Record<StateSide, StateImport>>>> {
  const values = diagnoseContextOf(project);
  const states: Partial<Record<StateSide, StateImport>> = {};
  for (const [field, side] of fields) {
    const file = project[field];
    if (file === null) continue;
    const imported = await importStateFile({ readFile: async (path) => new Uint8Array(await fs.readFile(path)) }, resolve(projectDir, file), file, side, values, now);
    if (!imported.ok) return fail(imported.error.code, `${field}: ${imported.error.message}`, field);
    states[side] = imported.value;
  }
  return ok(states);
}
