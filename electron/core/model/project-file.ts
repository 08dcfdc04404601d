/** Reading and writing `*.s2s.json`: tolerant of a BOM, strict on structure, atomic on save, never a secret. */
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { readReason } from '../read-reason.js';
import { fail, ok, type Result } from '../result.js';
import { projectSchema, projectSchemaVersion, type Project } from './project.js';

/** The file-system edges core needs; the CLI and main pass `node:fs/promises`. */
export interface ProjectFs {
  readFile(path: string, encoding: 'utf8'): Promise<string>;
  writeFile(path: string, data: string, options: { encoding: 'utf8'; flag: 'wx'; mode: number }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(path: string, options: { force: true }): Promise<void>;
}

function describePath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

/** JSON.parse reports a character offset; people look for a line and column. */
function describeJsonError(text: string, error: Error): Message {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return msg('error.reason.other', { error: error.message });
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return msg('error.project.json-at', { error: error.message.replace(/ in JSON at position \d+.*$/s, ''), line, column });
}

/** Parses project text; `fileName` only names the file in messages. */
export function parseProject(text: string, fileName: string): Result<Project> {
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail('project.not-json', msg('error.project.not-json', { file: fileName, reason: describeJsonError(body, e as Error) }), fileName);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('project.not-object', msg('error.project.not-object', { file: fileName, version: projectSchemaVersion }), fileName);
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version === 'number' && version > projectSchemaVersion) {
    return fail(
      'project.newer-schema',
      msg('error.project.newer-schema', { file: fileName, version, supported: projectSchemaVersion }),
      'schemaVersion',
    );
  }
  const parsed = projectSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? describePath(issue.path) : '';
    const field = described === '' ? msg('error.project.top-level') : described;
    const reason = issue === undefined ? msg('error.project.not-valid') : issue.message;
    return fail('project.invalid-field', msg('error.project.invalid-field', { file: fileName, field, reason }), described || 'the top level');
  }
  return ok(parsed.data as Project);
}

const secretKey = /pass(word|phrase)?$|^pwd$|secret|private.?key|^pfx.?password/i;
const secretText = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;

/** Drops anything that looks like a password or private key, at any depth, from fields kept verbatim. */
export function withoutSecrets<T>(value: T): T {
  if (Array.isArray(value)) return value.filter((v) => !(typeof v === 'string' && secretText.test(v))).map(withoutSecrets) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (secretKey.test(key) || (typeof v === 'string' && secretText.test(v))) continue;
    out[key] = withoutSecrets(v);
  }
  return out as T;
}

export function serializeProject(project: Project): string {
  return `${JSON.stringify(withoutSecrets(project), null, 2)}\n`;
}

export async function loadProjectFile(fs: Pick<ProjectFs, 'readFile'>, path: string): Promise<Result<Project>> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    return fail('project.unreadable', msg('error.project.unreadable', { path, reason: readReason(e) }), path);
  }
  return parseProject(text, path);
}


/**
 * Writes next to the target and renames over it, so a crash leaves either the old file or the new one,
 * never half of either.
 */
export async function writeTextAtomic(fs: ProjectFs, path: string, text: string, now: () => Date): Promise<Result<{ path: string }>> {
  const temp = `${path}.${now().getTime()}-${globalThis.crypto.randomUUID()}.tmp`;
  try {
    await fs.writeFile(temp, text, { encoding: 'utf8', flag: 'wx', mode: 0o600 });
    await fs.rename(temp, path);
    return ok({ path });
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return fail('project.write-failed', msg('error.project.write-failed', { path, error: (e as Error).message }), path);
  }
}

export function saveProjectFile(fs: ProjectFs, path: string, project: Project, now: () => Date): Promise<Result<{ path: string }>> {
  return writeTextAtomic(fs, path, serializeProject(project), now);
}
