/** Handlers of the project channels: thin glue to core, holding one piece of session state (the open file). */
import { readAutosave, writeAutosave } from '../../../core/model/autosave.js';
import { resolveEndpoints } from '../../../core/model/defaults.js';
import { loadProjectFile, saveProjectFile, type ProjectFs } from '../../../core/model/project-file.js';
import { emptyProject, projectFileExtension } from '../../../core/model/project.js';
import { validateProject } from '../../../core/model/validate-project.js';
import { ok } from '../../../core/result.js';
import type { AppInfo, ProjectChannels } from '../../../shared/channels/project-channels.js';
import type { HandlersOf } from '../dispatch.js';
import { createProjectSession, type ProjectSession } from '../project-session.js';

export interface ProjectHandlerDeps {
  appInfo: AppInfo;
  fs: ProjectFs;
  now: () => Date;
  /** Where the work in progress is autosaved (the app's data folder). */
  autosaveFile: string;
  /** The native dialogs; null when the user cancels. */
  chooseProjectToOpen(): Promise<string | null>;
  chooseProjectToSave(suggestedName: string): Promise<string | null>;
}

function withProjectExtension(path: string): string {
  return path.toLowerCase().endsWith('.json') ? path : `${path}${projectFileExtension}`;
}

export function createProjectHandlers(deps: ProjectHandlerDeps, session: ProjectSession = createProjectSession()): HandlersOf<ProjectChannels> {
  // The renderer never names a path: main remembers the file the user picked in a native dialog.
  return {
    'app:info': async () => ok(deps.appInfo),
    'project:new': async () => {
      session.path = null;
      // What an export wrote belongs to the project it was made for.
      session.exported = [];
      return ok({ project: emptyProject(), path: null });
    },
    'project:validate': async (project) => ok({ findings: validateProject(project), resolved: resolveEndpoints(project) }),
    'project:open': async () => {
      const path = await deps.chooseProjectToOpen();
      if (path === null) return ok(null);
      const loaded = await loadProjectFile(deps.fs, path);
      if (!loaded.ok) return loaded;
      session.path = path;
      session.exported = [];
      return ok({ project: loaded.value, path });
    },
    'project:save': async (project, mode) => {
      let path = mode === 'save' ? session.path : null;
      if (path === null) {
        const chosen = await deps.chooseProjectToSave(`${project.sipDomain || 'project'}${projectFileExtension}`);
        if (chosen === null) return ok(null);
        path = withProjectExtension(chosen);
      }
      const saved = await saveProjectFile(deps.fs, path, project, deps.now);
      if (saved.ok) session.path = path;
      return saved;
    },
    'autosave:write': async (project) => {
      const written = await writeAutosave(deps.fs, deps.autosaveFile, { project, path: session.path }, deps.now);
      return written.ok ? ok(null) : written;
    },
    'autosave:read': async () => {
      const read = await readAutosave(deps.fs, deps.autosaveFile, deps.now);
      if (read.ok && read.value) session.path = read.value.path;
      return read;
    },
  };
}
