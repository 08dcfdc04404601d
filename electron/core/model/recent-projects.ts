/**
 * The recent-projects list kept in the app's data folder: most recent first, at most ten, one entry per file
 * (compared the way the platform compares file names: case-insensitively on Windows). Each entry has an id that
 * main hands to the renderer, so the renderer can ask for an entry without ever naming a path. A damaged list is
 * moved aside and reported, never overwritten silently (as the autosave does).
 */
import { z } from 'zod';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';
import { writeTextAtomic, type ProjectFs } from './project-file.js';
import { pathKey, type PathApi } from './project-paths.js';

export const recentProjectsLimit = 10;
const recentProjectsVersion = 1;

export interface RecentProject {
  /** Given by main when the file first enters the list, kept while it stays there. */
  id: string;
  /** The project file, absolute, as the native dialog gave it. */
  path: string;
  /** When it was last opened or saved (ISO 8601). */
  openedAt: string;
}

export interface RememberEdges {
  api: PathApi;
  now: () => Date;
  newId: () => string;
}

/** The list with `path` first: an entry for the same file moves up (keeping its id), the eleventh drops off. */
export function rememberProject(list: readonly RecentProject[], path: string, edges: RememberEdges): RecentProject[] {
  const key = pathKey(path, edges.api);
  const earlier = list.find((entry) => pathKey(entry.path, edges.api) === key);
  const others = list.filter((entry) => pathKey(entry.path, edges.api) !== key);
  return [{ id: earlier?.id ?? edges.newId(), path, openedAt: edges.now().toISOString() }, ...others].slice(0, recentProjectsLimit);
}

const fileSchema = z.object({
  version: z.literal(recentProjectsVersion),
  projects: z.array(z.object({ id: z.string().min(1), path: z.string().min(1), openedAt: z.string() })),
});

/** The list a file holds; null when it is not a list this version wrote (not JSON, or another shape). */
function parseRecentProjects(text: string): RecentProject[] | null {
  let body: unknown;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return null;
  }
  const parsed = fileSchema.safeParse(body);
  return parsed.success ? parsed.data.projects.slice(0, recentProjectsLimit) : null;
}

/**
 * An empty list when there is no file yet. A damaged file is moved aside (`recent-projects.damaged`: a new list
 * may be written); a file that cannot be read or moved gives `recent-projects.unreadable` and must be left alone.
 */
export async function readRecentProjects(fs: ProjectFs, file: string, now: () => Date): Promise<Result<RecentProject[]>> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return ok([]);
    return fail('recent-projects.unreadable', msg('error.recent-projects.unreadable', { file, error: (e as Error).message }), file);
  }
  const list = parseRecentProjects(text);
  if (list !== null) return ok(list);
  const aside = `${file}.damaged-${now().getTime()}`;
  try {
    await fs.rename(file, aside);
  } catch (e) {
    return fail('recent-projects.unreadable', msg('error.recent-projects.not-moved', { file, error: (e as Error).message }), file);
  }
  return fail(
    'recent-projects.damaged',
    msg('error.recent-projects.damaged', { version: recentProjectsVersion, aside }),
    aside,
  );
}

export function writeRecentProjects(fs: ProjectFs, file: string, list: readonly RecentProject[], now: () => Date): Promise<Result<{ path: string }>> {
  const body = { version: recentProjectsVersion, projects: list };
  return writeTextAtomic(fs, file, `${JSON.stringify(body, null, 2)}\n`, now);
}
