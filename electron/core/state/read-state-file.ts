/**
 * Imports a file written by 00-collect-exchange-state.ps1 or 00-collect-lync-state.ps1: decodes it as Windows
 * writes text (BOM, UTF-16LE), checks it against the schema, and says which file and which field is wrong when
 * it is not such a file.
 */
import { decodeWindowsText } from '../decode-windows-text.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { fail, ok, type Result } from '../result.js';
import { exchangeStateKind, lyncStateKind, stateFormatVersion, type ExchangeState, type LyncState } from './state-format.js';
import { exchangeStateSchema, lyncStateSchema } from './state-schema.js';

export type ImportedState = { side: 'exchange'; state: ExchangeState } | { side: 'lync'; state: LyncState };

function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function notAStateFile(fileName: string, reason: Message): Result<never> {
  const scripts = { exchangeScript: '00-collect-exchange-state.ps1', lyncScript: '00-collect-lync-state.ps1' };
  return fail('state-file.not-state', msg('error.state-file.not-state', { file: fileName, reason, ...scripts }), fileName);
}

/** Parses the bytes of a state file; `fileName` only names the file in messages. */
export function parseStateFile(bytes: Uint8Array, fileName: string): Result<ImportedState> {
  const decoded = decodeWindowsText(bytes, fileName);
  if (!decoded.ok) return decoded;
  let raw: unknown;
  try {
    raw = JSON.parse(decoded.value.text);
  } catch (e) {
    return fail('state-file.not-json', msg('error.state-file.not-json', { file: fileName, error: (e as Error).message }), fileName);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return notAStateFile(fileName, msg('error.state-file.not-object'));
  const { kind, version } = raw as Record<string, unknown>;
  if (kind !== exchangeStateKind && kind !== lyncStateKind) {
    const kinds = { kind: JSON.stringify(kind ?? null), exchangeKind: `"${exchangeStateKind}"`, lyncKind: `"${lyncStateKind}"` };
    return notAStateFile(fileName, msg('error.state-file.wrong-kind', kinds));
  }
  if (typeof version === 'number' && version > stateFormatVersion) {
    return fail(
      'state-file.newer-version',
      msg('error.state-file.newer-version', { file: fileName, version, supported: stateFormatVersion }),
      fileName,
    );
  }
  const parsed = kind === exchangeStateKind ? exchangeStateSchema.safeParse(raw) : lyncStateSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? fieldPath(issue.path) : '';
    const field = described === '' ? msg('error.project.top-level') : described;
    const reason = issue === undefined ? msg('error.project.not-valid') : issue.message;
    return fail('state-file.invalid-field', msg('error.state-file.invalid-field', { file: fileName, field, reason }), described || 'the top level');
  }
  return ok(kind === exchangeStateKind ? { side: 'exchange', state: parsed.data as ExchangeState } : { side: 'lync', state: parsed.data as LyncState });
}
