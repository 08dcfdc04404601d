/**
 * Handlers that keep the user's place: the unsaved work the renderer reports (kept for the close prompt) and the
 * recent-projects list. Opening a recent entry is a project handler ('recent:open'), beside the Open dialog's.
 */
import { ok } from '../../../core/result.js';
import type { SessionChannels } from '../../../shared/channels/session-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';
import type { RecentProjects } from '../recent-projects-store.js';
import type { UnsavedWork } from '../unsaved-work.js';

export interface SessionHandlerDeps {
  recentProjects: RecentProjects;
  /** Read by the close guard (electron/main/close-guard.ts). */
  unsavedWork: UnsavedWork;
}

export function createSessionHandlers(deps: SessionHandlerDeps, session: Pick<ProjectSession, 'path'>): HandlersOf<Omit<SessionChannels, 'recent:open'>> {
  return {
    'session:report-unsaved': async ({ project, language }) => {
      Object.assign(deps.unsavedWork, { project, path: session.path, language });
      return ok(null);
    },
    'recent:list': () => deps.recentProjects.list(),
  };
}
