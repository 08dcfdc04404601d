/** The autosave record: the project being edited and the file it belongs to, so a reload loses nothing. */
import { msg } from '../message-catalogue.js';
import { errorValue, fail, ok, type Result } from '../result.js';
import { parseProject, writeTextAtomic, withoutSecrets, type ProjectFs } from './project-file.js';
import type { Project } from './project.js';

export interface AutosaveRecord {
  project: Project;
  path: string | null;
  /** What else main may read for this project (see core/model/project-paths.ts): main's record, not the renderer's. */
  approvedPaths: string[];
}

export function writeAutosave(fs: ProjectFs, file: string, record: AutosaveRecord, now: () => Date): Promise<Result<{ path: string }>> {
  const body = { savedAt: now().toISOString(), path: record.path, approvedPaths: record.approvedPaths, project: withoutSecrets(record.project) };
  return writeTextAtomic(fs, file, `${JSON.stringify(body, null, 2)}\n`, now);
}

/**
 * Null when there is no autosave. A damaged one is moved aside (never overwritten silently) and reported.
 */
export async function readAutosave(fs: ProjectFs, file: string, now: () => Date): Promise<Result<(AutosaveRecord & { savedAt: string | null }) | null>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    return fail('autosave.unreadable', msg('error.autosave.unreadable', { file, error: (e as Error).message }), file);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const record = body as { path?: unknown; project?: unknown; approvedPaths?: unknown; savedAt?: unknown } | null;
  const project = record && typeof record === 'object' ? parseProject(JSON.stringify(record.project ?? null), 'the autosaved project') : null;
  if (!project || !project.ok) {
    const aside = `${file}.damaged-${now().getTime()}`;
    await fs.rename(file, aside).catch(() => undefined);
    const reason = project && !project.ok ? errorValue(project.error) : msg('error.autosave.not-json');
    return fail('autosave.damaged', msg('error.autosave.damaged', { reason, aside }), aside);
  }
  const path = typeof record?.path === 'string' ? record.path : null;
  const approved = Array.isArray(record?.approvedPaths) ? record.approvedPaths.filter((p): p is string => typeof p === 'string') : [];
  const savedAt = typeof record?.savedAt === 'string' ? record.savedAt : null;
  return ok({ project: project.value, path, approvedPaths: approved, savedAt });
}
