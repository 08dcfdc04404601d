/**
 * One imported state file from disk to findings: read, parse, check it is the side the caller expects, check it.
 * The CLI's `check` and the app's import share it; the file reader comes in as a parameter.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import type { Finding } from '../findings.js';
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
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return fail('state-file.unreadable', `Cannot read the state file ${file}: ${why}.`, file);
  }
  if (bytes.length > maxStateFileBytes) return fail('state-file.too-large', `${file} is ${bytes.length} bytes; a state file is a few kilobytes. Is it the right file?`, file);
  const parsed = parseStateFile(bytes, file);
  if (!parsed.ok) return parsed;
  if (parsed.value.side !== side) {
    return fail('state-file.wrong-side', `${file} holds the ${parsed.value.side === 'exchange' ? 'Exchange' : 'Lync'} state; here the ${side === 'exchange' ? 'Exchange' : 'Lync'} state is expected (what ${collectScript[side]} writes).`, file);
  }
  const imported = parsed.value;
  return ok({ side, file, server: imported.state.server, collectedAt: imported.state.collectedAt, findings: checkImportedState(imported, values, now), imported });
}
