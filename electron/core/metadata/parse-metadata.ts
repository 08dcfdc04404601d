/**
 * Reads a metadata document from bytes, tolerant as domain.md §1.5 asks: property names in any case
 * (`keyinfo`/`keyInfo`, `keyvalue`/`keyValue`), everything optional, JSON-escaped slashes. UTF-8 with or without a
 * BOM, or UTF-16 with a BOM (what Windows PowerShell 5.1's `>` writes).
 */
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { fail, ok, type Result } from '../result.js';
import { decodeKeyValue } from './decode-key.js';
import type { MetadataDocument, MetadataEndpoint, MetadataKey } from './metadata-document.js';

export const maxMetadataBytes = 1024 * 1024;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The property `name` compared without case; the exact spelling wins when both exist. */
function property(object: unknown, name: string): unknown {
  if (!isObject(object)) return undefined;
  if (Object.hasOwn(object, name)) return object[name];
  const lower = name.toLowerCase();
  const key = Object.keys(object).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : object[key];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

export function decodeDocumentText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

function describeJsonError(body: string, error: Error): Message {
  const position = /position (\d+)/.exec(error.message);
  const stripped = error.message.replace(/ in JSON at position \d+.*$/s, '');
  const reason = stripped === 'Unexpected end of JSON input' ? msg('error.metadata.json-ends-early') : stripped;
  if (!position) return typeof reason === 'string' ? msg('error.reason.other', { error: reason }) : reason;
  const before = body.slice(0, Number(position[1]));
  return msg('error.metadata.json-at', { error: reason, line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') });
}

function readKey(entry: unknown, index: number): MetadataKey {
  const keyValue = property(entry, 'keyValue');
  const type = text(property(keyValue, 'type'));
  const base = { index, usage: text(property(entry, 'usage')), type, declaredX5t: text(property(property(entry, 'keyInfo'), 'x5t')) };
  if (!isObject(entry)) return { ...base, certificate: null, problem: `keys[${index}] is not an object.` };
  return { ...base, ...decodeKeyValue(property(keyValue, 'value'), type) };
}

function readEndpoint(entry: unknown): MetadataEndpoint {
  return { location: text(property(entry, 'location')), protocol: text(property(entry, 'protocol')), usage: text(property(entry, 'usage')) };
}

export type DocumentErrorCode = 'metadata.too-large' | 'metadata.not-json';

/** Errors carry the finding id they become. `what` names the source in messages (a URL, a file, "the pasted text"). */
/** `size` is the whole document's size when only its start was read (readMetadataFile stops past the cap). */
export function parseMetadataDocument(bytes: Uint8Array, what: string, size = bytes.length): Result<MetadataDocument> {
  if (size > maxMetadataBytes) {
    return fail('metadata.too-large', msg('error.metadata.too-large', { what, size, limit: maxMetadataBytes }), what);
  }
  const body = decodeDocumentText(bytes);
  if (body.trim() === '') return fail('metadata.not-json', msg('error.metadata.empty', { what }), what);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    const start = body.trimStart().slice(0, 40).replace(/\s+/g, ' ');
    return fail('metadata.not-json', msg('error.metadata.not-json', { what, reason: describeJsonError(body, e as Error), start }), what);
  }
  if (!isObject(raw)) {
    const kind = Array.isArray(raw) ? msg('error.metadata.kind.list') : msg('error.metadata.kind.other', { type: raw === null ? 'null' : typeof raw });
    return fail('metadata.not-json', msg('error.metadata.not-object', { what, braces: '{ … }', kind }), what);
  }
  const keys = property(raw, 'keys');
  const audiences = property(raw, 'allowedAudiences');
  const endpoints = property(raw, 'endpoints');
  return ok({
    id: text(property(raw, 'id')),
    version: text(property(raw, 'version')),
    name: text(property(raw, 'name')),
    realm: text(property(raw, 'realm')),
    serviceName: text(property(raw, 'serviceName')),
    issuer: text(property(raw, 'issuer')),
    allowedAudiences: Array.isArray(audiences) ? audiences.filter((a): a is string => typeof a === 'string') : [],
    keysField: keys === undefined ? 'absent' : Array.isArray(keys) ? 'list' : 'not-a-list',
    keys: Array.isArray(keys) ? keys.map(readKey) : [],
    endpoints: Array.isArray(endpoints) ? endpoints.map(readEndpoint) : [],
  });
}
