/**
 * The one policy for the file paths a project names (certificates, trustedCaFiles, the saved metadata documents,
 * the server state files). In the app the project comes back from the renderer on every call, so a path in it is
 * only as trustworthy as the renderer: main reads a file only when the path resolves inside the project's folder
 * or when the user gave main that very file (a native dialog, or a project file the user opened that names it).
 * Everything else is refused with an error naming the field, so a compromised renderer cannot read `/etc/shadow`
 * by writing it into `certificates.oauthIssuer`.
 */
import * as nodePath from 'node:path';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';
import type { Project } from './project.js';

/** The path functions of one platform: node:path in the app, path.win32 or path.posix in tests. */
export type PathApi = Pick<typeof nodePath, 'dirname' | 'isAbsolute' | 'relative' | 'resolve' | 'normalize' | 'sep'>;

/** What the session lets a project's paths reach. */
export interface PathGrant {
  /** The project file the user opened or saved in a native dialog; null for a project never saved. */
  projectFile: string | null;
  /** Keys (pathKey) of the absolute paths the user gave: picked in a dialog or named by a project file opened. */
  approved: ReadonlySet<string>;
}

export interface NamedPath {
  /** The project field, as a dotted path (`trustedCaFiles[1]`). */
  field: string;
  path: string;
}

/** Every file path the project names, with its field. */
export function namedPaths(project: Project): NamedPath[] {
  const named: NamedPath[] = [];
  const add = (field: string, path: string | null | undefined) => {
    if (typeof path === 'string' && path !== '') named.push({ field, path });
  };
  add('certificates.oauthIssuer', project.certificates.oauthIssuer);
  add('certificates.exchangeAuth', project.certificates.exchangeAuth);
  project.trustedCaFiles.forEach((path, index) => add(`trustedCaFiles[${index}]`, path));
  add('lyncMetadataFile', project.lyncMetadataFile);
  add('exchangeMetadataFile', project.exchangeMetadataFile);
  add('exchangeStateFile', project.exchangeStateFile);
  add('lyncStateFile', project.lyncStateFile);
  return named;
}

/** Windows file names are case-insensitive: C:\Certs\a.cer and c:\certs\A.CER are one grant. */
export function pathKey(absolute: string, api: PathApi = nodePath): string {
  const normalized = api.normalize(absolute);
  return api.sep === '\\' ? normalized.toLowerCase() : normalized;
}

function isInside(folder: string, absolute: string, api: PathApi): boolean {
  const rel = api.relative(folder, absolute);
  // On Windows a path on another drive comes back absolute.
  return rel !== '' && !rel.startsWith('..') && !api.isAbsolute(rel);
}

/** The absolute path a project path stands for, if the grant lets main read it; else why not, naming the field. */
export function resolveProjectPath(path: string, field: string, grant: PathGrant, api: PathApi = nodePath): Result<string> {
  const folder = grant.projectFile === null ? null : api.dirname(grant.projectFile);
  if (!api.isAbsolute(path) && folder === null) {
    return fail('project-path.unsaved', msg('error.project-path.unsaved', { field, path }), field);
  }
  const absolute = folder === null ? api.normalize(path) : api.resolve(folder, path);
  if (grant.approved.has(pathKey(absolute, api))) return ok(absolute);
  if (folder !== null && isInside(folder, absolute, api)) return ok(absolute);
  const text = folder === null ? msg('error.project-path.not-granted', { field, path }) : msg('error.project-path.not-granted.outside', { field, path, folder });
  return fail('project-path.not-granted', text, field);
}

/** How the project records a file the user chose: relative to the project file when inside its folder, else absolute. */
export function recordedPath(absolute: string, projectFile: string | null, api: PathApi = nodePath): string {
  if (projectFile === null) return absolute;
  const folder = api.dirname(projectFile);
  return isInside(folder, absolute, api) ? api.relative(folder, absolute) : absolute;
}

/** The grants a project file the user opened carries: every path it names, resolved against that file. */
export function pathsNamedBy(project: Project, projectFile: string, api: PathApi = nodePath): string[] {
  const folder = api.dirname(projectFile);
  return namedPaths(project).map(({ path }) => pathKey(api.resolve(folder, path), api));
}

/**
 * The project as it must be written to `toFile` (Save As to another folder): each path that resolves under the
 * grant is recorded again against the new file, so a relative path still names the same file. Paths that do not
 * resolve are kept as written, for the checks to report.
 */
export function rebaseProjectPaths(project: Project, grant: PathGrant, toFile: string, api: PathApi = nodePath): Project {
  const rebase = (path: string | null, field: string): string | null => {
    if (path === null || path === '') return path;
    const resolved = resolveProjectPath(path, field, grant, api);
    return resolved.ok ? recordedPath(resolved.value, toFile, api) : path;
  };
  return {
    ...project,
    certificates: {
      ...project.certificates,
      oauthIssuer: rebase(project.certificates.oauthIssuer, 'certificates.oauthIssuer'),
      exchangeAuth: rebase(project.certificates.exchangeAuth, 'certificates.exchangeAuth'),
    },
    trustedCaFiles: project.trustedCaFiles.map((path, index) => rebase(path, `trustedCaFiles[${index}]`) ?? path),
    lyncMetadataFile: rebase(project.lyncMetadataFile, 'lyncMetadataFile'),
    exchangeMetadataFile: rebase(project.exchangeMetadataFile, 'exchangeMetadataFile'),
    exchangeStateFile: rebase(project.exchangeStateFile, 'exchangeStateFile'),
    lyncStateFile: rebase(project.lyncStateFile, 'lyncStateFile'),
  };
}

/** The absolute paths of a project that resolve under the grant: what stays readable after it moves to another file. */
export function resolvablePaths(project: Project, grant: PathGrant, api: PathApi = nodePath): string[] {
  return namedPaths(project).flatMap(({ path, field }) => {
    const resolved = resolveProjectPath(path, field, grant, api);
    return resolved.ok ? [pathKey(resolved.value, api)] : [];
  });
}
