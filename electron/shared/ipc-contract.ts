/**
 * The IPC contract: one channel map. The renderer imports this file with `import type` only; the preload and
 * main import the runtime `wizardApiChannels`. `ipc-contract.test-d.ts` proves that contract, preload API and
 * registered handlers are the same set.
 */
import type { Finding } from '../core/findings.js';
import type { ResolvedEndpoints } from '../core/model/defaults.js';
import type { Project } from '../core/model/project.js';
import type { Result } from '../core/result.js';

/** A project as the wizard holds it, with the file it came from (null for a new, unsaved project). */
export interface ProjectDocument {
  project: Project;
  path: string | null;
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

export interface IpcContract {
  'app:info': { args: []; value: AppInfo };
  'project:new': { args: []; value: ProjectDocument };
  'project:validate': { args: [project: Project]; value: ProjectCheck };
  /** Shows the Open dialog; null when the user cancels. */
  'project:open': { args: []; value: ProjectDocument | null };
  /** Saves to the current file, or asks where (always for save-as); null when the user cancels. */
  'project:save': { args: [project: Project, mode: 'save' | 'save-as']; value: { path: string } | null };
  'autosave:write': { args: [project: Project]; value: null };
  'autosave:read': { args: []; value: ProjectDocument | null };
}

export type Channel = keyof IpcContract;
export type ChannelArgs<C extends Channel> = IpcContract[C]['args'];
export type ChannelResult<C extends Channel> = Result<IpcContract[C]['value']>;

/** The named functions the preload exposes as `window.s2s`, each bound to one channel. */
export const wizardApiChannels = {
  appInfo: 'app:info',
  newProject: 'project:new',
  validateProject: 'project:validate',
  openProject: 'project:open',
  saveProject: 'project:save',
  writeAutosave: 'autosave:write',
  readAutosave: 'autosave:read',
} as const satisfies Record<string, Channel>;

export type WizardApi = {
  [M in keyof typeof wizardApiChannels]: (
    ...args: ChannelArgs<(typeof wizardApiChannels)[M]>
  ) => Promise<ChannelResult<(typeof wizardApiChannels)[M]>>;
};

/** Every channel, once; the main process registers a handler for each. */
export const channels = Object.values(wizardApiChannels) as Channel[];
