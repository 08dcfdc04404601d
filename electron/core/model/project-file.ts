/** Reading and writing `*.s2s.json`: tolerant of a BOM, strict on structure, atomic on save, never a secret. */
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
function describeJsonError(text: string, error: Error): string {
  const position = /position (\d+)/.exec(error.message);
  if (!position) return error.message;
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${error.message.replace(/ in JSON at position \d+.*$/s, '')} at line ${line}, column ${column}`;
}

/** Parses project text; `fileName` only names the file in messages. */
export function parseProject(text: string, fileName: string): Result<Project> {
  const body = text.replace(/^\uFEFF/, '');
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch (e) {
    return fail('project.not-json', `${fileName} is not valid JSON (${describeJsonError(body, e as Error)}); it may be truncated or not a project file.`, fileName);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('project.not-object', `${fileName} is not a project file: it must hold one JSON object with "schemaVersion": ${projectSchemaVersion}.`, fileName);
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version === 'number' && version > projectSchemaVersion) {
    return fail(
      'project.newer-schema',
      `${fileName} was written by a newer s2s-wizard (schemaVersion ${version}); this version reads schemaVersion ${projectSchemaVersion}. Update s2s-wizard.`,
      'schemaVersion',
    );
  }
  const parsed = projectSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? describePath(issue.path) || 'the top level' : 'the top level';
    const message = issue?.message ?? 'is not valid';
    return fail('project.invalid-field', `${fileName}: ${field} ${message}.`, field);
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
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return fail('project.unreadable', `Cannot read the project file ${path}: ${why}.`, path);
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
    return fail('project.write-failed', `Cannot save to ${path}: ${(e as Error).message}`, path);
  }
}

export function saveProjectFile(fs: ProjectFs, path: string, project: Project, now: () => Date): Promise<Result<{ path: string }>> {
  return writeTextAtomic(fs, path, serializeProject(project), now);
}
