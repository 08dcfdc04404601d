/** Channels of the project file and the Topology step. */
import type { Finding } from '../../core/findings.js';
import type { ResolvedEndpoints } from '../../core/model/defaults.js';
import type { Project } from '../../core/model/project.js';

/** A project as the wizard holds it, with the file it came from (null for a new, unsaved project). */
export interface ProjectDocument {
  project: Project;
  path: string | null;
}

/**
 * The autosaved work offered on start: when it was autosaved (null in a record without the time), and its project
 * file as last saved (the empty project when it has no file; null when the file cannot be read), so the wizard
 * knows whether the work holds unsaved changes.
 */
export interface AutosavedDocument extends ProjectDocument {
  savedAt: string | null;
  saved: Project | null;
}

export interface ProjectCheck {
  findings: Finding[];
  /** The values a project leaves null, as they will be used (realm, metadata and EWS URLs). */
  resolved: ResolvedEndpoints;
}

export interface AppInfo {
  name: string;
  version: string;
}

export interface ProjectChannels {
  'app:info': { args: []; value: AppInfo };
  'project:new': { args: []; value: ProjectDocument };
  'project:validate': { args: [project: Project]; value: ProjectCheck };
  /** Shows the Open dialog; null when the user cancels. */
  'project:open': { args: []; value: ProjectDocument | null };
  /**
   * Saves to the current file, or asks where (always for save-as); null when the user cancels. The project comes
   * back as written: Save As into another folder records its relative paths again against the new file.
   */
  'project:save': { args: [project: Project, mode: 'save' | 'save-as']; value: { path: string; project: Project } | null };
  'autosave:write': { args: [project: Project]; value: null };
  'autosave:read': { args: []; value: AutosavedDocument | null };
}

export const projectApiChannels = {
  appInfo: 'app:info',
  newProject: 'project:new',
  validateProject: 'project:validate',
  openProject: 'project:open',
  saveProject: 'project:save',
  writeAutosave: 'autosave:write',
  readAutosave: 'autosave:read',
} as const satisfies Record<string, keyof ProjectChannels>;
