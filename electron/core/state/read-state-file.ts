/**
 * Imports a file written by 00-collect-exchange-state.ps1 or 00-collect-lync-state.ps1: decodes it as Windows
 * writes text (BOM, UTF-16LE), checks it against the schema, and says which file and which field is wrong when
 * it is not such a file.
 */
import { decodeWindowsText } from '../decode-windows-text.js';
import { fail, ok, type Result } from '../result.js';
import { exchangeStateKind, lyncStateKind, stateFormatVersion, type ExchangeState, type LyncState } from './state-format.js';
import { exchangeStateSchema, lyncStateSchema } from './state-schema.js';

export type ImportedState = { side: 'exchange'; state: ExchangeState } | { side: 'lync'; state: LyncState };

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function notAStateFile(fileName: string, why: string): Result<never> {
  return fail(
    'state-file.not-state',
    `${fileName} is not a state file of s2s-wizard (${why}); import the JSON that 00-collect-exchange-state.ps1 or 00-collect-lync-state.ps1 wrote.`,
    fileName,
  );
}

/** Parses the bytes of a state file; `fileName` only names the file in messages. */
export function parseStateFile(bytes: Uint8Array, fileName: string): Result<ImportedState> {
  const decoded = decodeWindowsText(bytes, fileName);
  if (!decoded.ok) return decoded;
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.value.text);
  } catch (e) {
    return fail('state-file.not-json', `${fileName} is not valid JSON (${(e as Error).message}); it may be cut short. Run the collect script again.`, fileName);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return notAStateFile(fileName, 'it does not hold one JSON object');
  const { kind, version } = raw as Record<string, unknown>;
  if (kind !== exchangeStateKind && kind !== lyncStateKind) {
    return notAStateFile(fileName, `its "kind" is ${JSON.stringify(kind ?? null)}, not "${exchangeStateKind}" or "${lyncStateKind}"`);
  }
  if (typeof version === 'number' && version > stateFormatVersion) {
    return fail(
      'state-file.newer-version',
      `${fileName} was written by a newer collect script (version ${version}); this s2s-wizard reads version ${stateFormatVersion}. Update s2s-wizard.`,
      fileName,
    );
  }
  const parsed = kind === exchangeStateKind ? exchangeStateSchema.safeParse(raw) : lyncStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? fieldPath(issue.path) || 'the top level' : 'the top level';
    return fail('state-file.invalid-field', `${fileName}: ${field} ${issue?.message ?? 'is not valid'}.`, field);
  }
  return ok(kind === exchangeStateKind ? { side: 'exchange', state: parsed.data as ExchangeState } : { side: 'lync', state: parsed.data as LyncState });
}
