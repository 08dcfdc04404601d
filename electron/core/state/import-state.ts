/**
 * One imported state file from disk to findings: read, parse, check it is the side the caller expects, check it.
 * The CLI's `check` and the app's import share it; the file reader comes in as a parameter.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import type { Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { readReason } from '../read-reason.js';
import { fail, ok, type Result } from '../result.js';
import { checkExchangeState } from './check-exchange-state.js';
import { checkLyncState } from './check-lync-state.js';
import { parseStateFile, type ImportedState } from './read-state-file.js';

export type StateSide = ImportedState['side'];

export interface StateFileReader {
  readFile(path: string): Promise<Uint8Array>;
}

export interface StateImport {
  side: StateSide;
  /** The file as the caller named it. */
  file: string;
  server: string;
  collectedAt: string;
  findings: Finding[];
  imported: ImportedState;
}

/** A state file larger than this is not one (a real one is a few kilobytes). */
export const maxStateFileBytes = 4 * 1024 * 1024;

const collectScript: Record<StateSide, string> = { exchange: '00-collect-exchange-state.ps1', lync: '00-collect-lync-state.ps1' };

export function checkImportedState(imported: ImportedState, values: DiagnoseContext, now: Date): Finding[] {
  return imported.side === 'exchange' ? checkExchangeState(imported.state, values, now) : checkLyncState(imported.state, values, now);
}

/** Reads `path` (named `file` in messages) and checks it; `side` is what the caller expects it to hold. */
export async function importStateFile(fs: StateFileReader, path: string, file: string, side: StateSide, values: DiagnoseContext, now: Date): Promise<Result<StateImport>> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    return fail('state-file.unreadable', msg('error.state-file.unreadable', { file, reason: readReason(e) }), file);
  }
  return checkStateBytes(bytes, bytes.length, file, side, values, now);
}

/**
 * Checks the bytes of a state file named `file` whose whole size is `size` (a dropped file: only its start may
 * have been read). `expected` is the side the caller expects it to hold; null takes the side the file says.
 */
export function checkStateBytes(bytes: Uint8Array, size: number, file: string, expected: StateSide | null, values: DiagnoseContext, now: Date): Result<StateImport> {
  if (size > maxStateFileBytes) return fail('state-file.too-large', msg('error.state-file.too-large', { file, size }), file);
  const parsed = parseStateFile(bytes, file);
  if (!parsed.ok) return parsed;
  const imported = parsed.value;
  if (expected !== null && imported.side !== expected) {
    const product = (side: StateSide) => (side === 'exchange' ? 'Exchange' : 'Lync');
    return fail('state-file.wrong-side', msg('error.state-file.wrong-side', { file, held: product(imported.side), expected: product(expected), script: collectScript[expected] }), file);
  }
  return ok({ side: imported.side, file, server: imported.state.server, collectedAt: imported.state.collectedAt, findings: checkImportedState(imported, values, now), imported });
}
