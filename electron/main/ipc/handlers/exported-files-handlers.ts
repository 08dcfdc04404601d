/** "Show in folder": the file manager at what the session last wrote, never at a path the renderer names. */
import { msg } from '../../../core/message-catalogue.js';
import { fail, ok } from '../../../core/result.js';
import type { ExportedFilesChannels } from '../../../shared/channels/exported-files-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';

export interface ExportedFilesHandlerDeps {
  /** `shell.showItemInFolder`: the folder holding the path, with the path selected. */
  showItemInFolder(path: string): void;
}

export function createExportedFilesHandlers(deps: ExportedFilesHandlerDeps, session: Pick<ProjectSession, 'written'>): HandlersOf<ExportedFilesChannels> {
  return {
    'files:show-exported': async (item) => {
      const path = session.written[item];
      if (path === null) return fail('files.nothing-written', msg(`error.files.nothing-written.${item}`), item);
      deps.showItemInFolder(path);
      return ok(null);
    },
  };
}
