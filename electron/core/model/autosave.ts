/** The autosave record: the project being edited and the file it belongs to, so a reload loses nothing. */
import { fail, ok, type Result } from '../result.js';
import { parseProject, writeTextAtomic, withoutSecrets, type ProjectFs } from './project-file.js';
import type { Project } from './project.js';

export interface AutosaveRecord {
  project: Project;
  path: string | null;
}

export function writeAutosave(fs: ProjectFs, file: string, record: AutosaveRecord, now: () => Date): Promise<Result<{ path: string }>> {
  const body = { savedAt: now().toISOString(), path: record.path, project: withoutSecrets(record.project) };
  return writeTextAtomic(fs, file, `${JSON.stringify(body, null, 2)}\n`, now);
}

/**
 * Null when there is no autosave. A damaged one is moved aside (never overwritten silently) and reported.
 */
export async function readAutosave(fs: ProjectFs, file: string, now: () => Date): Promise<Result<AutosaveRecord | null>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok(null);
    return fail('autosave.unreadable', `Cannot read the autosaved work in ${file}: ${(e as Error).message}`, file);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  const record = body as { path?: unknown; project?: unknown } | null;
  const project = record && typeof record === 'object' ? parseProject(JSON.stringify(record.project ?? null), 'the autosaved project') : null;
  if (!project || !project.ok) {
    const aside = `${file}.damaged-${now().getTime()}`;
    await fs.rename(file, aside).catch(() => undefined);
    const why = project && !project.ok ? project.error.message : 'it is not valid JSON';
    return fail('autosave.damaged', `The autosaved work could not be restored (${why}); it was kept as ${aside}.`, aside);
  }
  const path = typeof record?.path === 'string' ? record.path : null;
  return ok({ project: project.value, path });
}
