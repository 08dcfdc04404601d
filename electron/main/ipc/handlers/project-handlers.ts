/** Handlers of the project channels: thin glue to core, holding one piece of session state (the open file). */
import { readAutosave, writeAutosave } from '../../../core/model/autosave.js';
import { resolveEndpoints } from '../../../core/model/defaults.js';
import { loadProjectFile, saveProjectFile, type ProjectFs } from '../../../core/model/project-file.js';
import { emptyProject, projectFileExtension } from '../../../core/model/project.js';
import { validateProject } from '../../../core/model/validate-project.js';
import { ok, type Result } from '../../../core/result.js';
import type { AppInfo, ProjectChannels, ProjectDocument } from '../../../shared/channels/project-channels.js';
import type { SessionChannels } from '../../../shared/channels/session-channels.js';
import type { RecentProjects } from '../recent-projects-store.js';
import type { HandlersOf } from '../dispatch.js';
import { createProjectSession, type ProjectSession } from '../project-session.js';
import { grantOf, startSession } from '../session-paths.js';
import { pathsNamedBy, rebaseProjectPaths, resolvablePaths } from '../../../core/model/project-paths.js';

export interface ProjectHandlerDeps {
  appInfo: AppInfo;
  fs: ProjectFs;
  now: () => Date;
  /** Where the work in progress is autosaved (the app's data folder). */
  autosaveFile: string;
  /** The native dialogs; null when the user cancels. */
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToSave(suggestedName: string): Promise<string | null>;
  /** Every file opened or saved goes first in it; 'recent:open' opens only what it lists. */
  recentProjects: RecentProjects;
}

function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${projectFileExtension}`;
}

/** What an export or a report wrote belongs to the project it was made for. */
function forgetOutputs(session: ProjectSession): void {
  session.exported = [];
  session.written = { bundle: null, report: null };
}

export function createProjectHandlers(
  deps: ProjectHandlerDeps,
  session: ProjectSession = createProjectSession(),
): HandlersOf<ProjectChannels & Pick<SessionChannels, 'recent:open'>> {
  // The renderer never names a path: main remembers the file the user picked in a native dialog.
  /** Opens a project file the user picked in the Open dialog, or one from main's own recent list. */
  const openAt = async (path: string): Promise<Result<ProjectDocument>> => {
    const loaded = await loadProjectFile(deps.fs, path);
    if (!loaded.ok) return loaded;
    // The user opened this file: what it names is theirs to read.
    startSession(session, path, pathsNamedBy(loaded.value, path));
    forgetOutputs(session);
    await deps.recentProjects.remember(path);
    return ok({ project: loaded.value, path });
  };
  return {
    'app:info': async () => ok(deps.appInfo),
    'project:new': async () => {
      startSession(session, null, []);
      forgetOutputs(session);
      return ok({ project: emptyProject(), path: null });
    },
    'project:validate': async (project) => ok({ findings: validateProject(project), resolved: resolveEndpoints(project) }),
    'project:open': async () => {
      const path = await deps.chooseProjectToOpen();
      return path === null ? ok(null) : openAt(path);
    },
    'recent:open': async (id) => {
      const path = await deps.recentProjects.pathOf(id);
      return path.ok ? openAt(path.value) : path;
    },
    'project:save': async (project, mode) => {
      let path = mode === 'save' ? session.path : null;
      if (path === null) {
        const chosen = await deps.chooseProjectToSave(`${project.sipDomain || 'project'}${projectFileExtension}`);
        if (chosen === null) return ok(null);
        path = withProjectExtension(chosen);
      }
      // Save As into another folder: relative paths are written again so they still name the same files.
      const grant = grantOf(session);
      const rebased = rebaseProjectPaths(project, grant, path);
      const saved = await saveProjectFile(deps.fs, path, rebased, deps.now);
      if (!saved.ok) return saved;
      startSession(session, path, [...session.approvedPaths, ...resolvablePaths(project, grant)]);
      await deps.recentProjects.remember(path);
      return ok({ path, project: rebased });
    },
    'autosave:write': async (project) => {
      const written = await writeAutosave(deps.fs, deps.autosaveFile, { project, path: session.path, approvedPaths: [...session.approvedPaths] }, deps.now);
      return written.ok ? ok(null) : written;
    },
    'autosave:read': async () => {
      const read = await readAutosave(deps.fs, deps.autosaveFile, deps.now);
      if (!read.ok) return read;
      if (read.value === null) return ok(null);
      const { project, path, approvedPaths, savedAt } = read.value;
      // The grants are main's own record in the autosave, not the project's paths: the renderer cannot add to them.
      startSession(session, path, approvedPaths);
      // What the project file holds, to tell whether the autosave has unsaved changes.
      const file = path === null ? ok(emptyProject()) : await loadProjectFile(deps.fs, path);
      return ok({ project, path, savedAt, saved: file.ok ? file.value : null });
    },
  };
}
