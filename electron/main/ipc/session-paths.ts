/**
 * The session's side of core/model/project-paths: what the user gave main in this session (the project file, the
 * files chosen in native dialogs, the paths an opened project file names), and the one way every handler turns a
 * path the project names into a file to read.
 */
import { pathKey, namedPaths, recordedPath, resolveProjectPath, type PathGrant } from '../../core/model/project-paths.js';
import type { Project } from '../../core/model/project.js';
import type { Result } from '../../core/result.js';
import type { ProjectSession } from './project-session.js';

/** The part of the session that decides what may be read. */
export type PathSession = Pick<ProjectSession, 'path' | 'approvedPaths'>;

export function grantOf(session: PathSession): PathGrant {
  return { projectFile: session.path, approved: session.approvedPaths };
}

/** A path the project names, as a file main may read; else an error naming the field. */
export function resolveInSession(session: PathSession, path: string, field: string): Result<string> {
  return resolveProjectPath(path, field, grantOf(session));
}

/**
 * A reader for core code that reads files by the path the project writes (trusted CAs, certificates): it refuses
 * what the session does not grant, with the field's name, before anything is read.
 */
export function projectFileReader(session: PathSession, project: Project, read: (absolute: string) => Promise<Uint8Array>): (path: string) => Promise<Uint8Array> {
  return (path) => {
    const field = namedPaths(project).find((named) => named.path === path)?.field ?? path;
    const resolved = resolveInSession(session, path, field);
    return resolved.ok ? read(resolved.value) : Promise.reject(new Error(resolved.error.message));
  };
}

/** A file the user chose in a native dialog: granted from now on, and how the project records it. */
export function chosenFile(session: PathSession, absolute: string): string {
  session.approvedPaths.add(pathKey(absolute));
  return recordedPath(absolute, session.path);
}

/**
 * The session now works on `path` (null: a new project), with what the user gave main for it: the paths a
 * project file they opened names, main's own record in the autosave, or what stays reachable after Save As.
 */
export function startSession(session: PathSession, path: string | null, approved: Iterable<string>): void {
  session.path = path;
  session.approvedPaths = new Set(approved);
}
