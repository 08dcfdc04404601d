/**
 * Main's recent-projects list on disk (core/model/recent-projects.ts does the work): remembered on every open and
 * save, listed for the renderer with each file's presence, and the only source of the paths `recent:open` opens.
 * Updates run one at a time, so an open and a save at once cannot drop each other's entry.
 */
import { randomUUID } from 'node:crypto';
import type { ProjectFs } from '../../core/model/project-file.js';
import type { PathApi } from '../../core/model/project-paths.js';
import { readRecentProjects, rememberProject, writeRecentProjects, type RecentProject } from '../../core/model/recent-projects.js';
import { msg } from '../../core/message-catalogue.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { RecentProjectsView } from '../../shared/channels/session-channels.js';

export interface RecentProjectsDeps {
  /** `node:fs/promises`: `stat` tells which listed files are gone. */
  fs: ProjectFs & { stat(path: string): Promise<{ isFile(): boolean }> };
  /** The list's file in the app's data folder. */
  file: string;
  now: () => Date;
  /** node:path in the app (Windows compares names case-insensitively); path.win32 or path.posix in tests. */
  pathApi: PathApi & { basename(path: string): string };
}

export interface RecentProjects {
  /**
   * Puts `path` first. A list that cannot be read or written never fails the open or save that called this: the
   * problem is kept and told with the next listing.
   */
  remember(path: string): Promise<void>;
  list(): Promise<Result<RecentProjectsView>>;
  /** The file of entry `id`, from this list only. */
  pathOf(id: string): Promise<Result<string>>;
}

export function createRecentProjects(deps: RecentProjectsDeps): RecentProjects {
  let notice: string | null = null;
  const isFile = (path: string) => deps.fs.stat(path).then((stats) => stats.isFile(), () => false);
  let queue: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** The list, or null when the file must be left alone; a damaged list moved aside reads as empty. */
  const read = async (): Promise<RecentProject[] | null> => {
    const result = await readRecentProjects(deps.fs, deps.file, deps.now);
    if (result.ok) return result.value;
    notice = result.error.message;
    return result.error.code === 'recent-projects.damaged' ? [] : null;
  };

  return {
    remember: (path) =>
      oneAtATime(async () => {
        const list = await read();
        if (list === null) return;
        const written = await writeRecentProjects(deps.fs, deps.file, rememberProject(list, path, { api: deps.pathApi, now: deps.now, newId: randomUUID }), deps.now);
        if (!written.ok) notice = `The list of recent projects was not updated: ${written.error.message}`;
      }),
    list: () =>
      oneAtATime(async () => {
        const list = (await read()) ?? [];
        const entries = await Promise.all(
          list.map(async (entry) => ({ ...entry, name: deps.pathApi.basename(entry.path), missing: !(await isFile(entry.path)) })),
        );
        const told = notice;
        notice = null;
        return ok({ entries, notice: told });
      }),
    pathOf: (id) =>
      oneAtATime(async () => {
        const entry = (await read())?.find((candidate) => candidate.id === id);
        return entry ? ok(entry.path) : fail('recent-projects.unknown-entry', msg('error.recent-projects.unknown-entry'), id);
      }),
  };
}
