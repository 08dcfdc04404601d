/** Channels that keep the user's place: unsaved work reported for the close prompt, and the recent projects. */
import type { Project } from '../../core/model/project.js';
import type { ProjectDocument } from './project-channels.js';

/** The languages the wizard speaks; main words the close prompt in the one the renderer shows. */
export type UiLanguage = 'en' | 'ko';

/** What the renderer tells main after every change: the project when it holds unsaved changes, else null. */
export interface UnsavedReport {
  project: Project | null;
  language: UiLanguage;
}

/** One entry of the recent-projects list as the renderer shows it; it asks for an entry by `id`, never by path. */
export interface RecentProjectEntry {
  id: string;
  path: string;
  /** The file's name, the last part of `path`. */
  name: string;
  /** When it was last opened or saved (ISO 8601). */
  openedAt: string;
  /** The file is no longer there. */
  missing: boolean;
}

export interface RecentProjectsView {
  entries: RecentProjectEntry[];
  /** Why the list is shorter than expected (a damaged list moved aside, a list that could not be written); else null. */
  notice: string | null;
}

export interface SessionChannels {
  'session:report-unsaved': { args: [report: UnsavedReport]; value: null };
  'recent:list': { args: []; value: RecentProjectsView };
  /** Opens the entry main listed under `id`: main opens only paths from its own list. */
  'recent:open': { args: [id: string]; value: ProjectDocument };
}

export const sessionApiChannels = {
  reportUnsaved: 'session:report-unsaved',
  listRecentProjects: 'recent:list',
  openRecentProject: 'recent:open',
} as const satisfies Record<string, keyof SessionChannels>;
