/**
 * The IPC contract: one channel map, formed from each area's channels. The renderer imports this file with
 * `import type` only; the preload and main import the runtime `wizardApiChannels`. `ipc-contract.test-d.ts`
 * proves that contract, preload API and registered handlers are the same set.
 */
import type { Result } from '../core/result.js';
import { projectApiChannels, type ProjectChannels } from './channels/project-channels.js';
import { certificateApiChannels, type CertificateChannels } from './channels/certificate-channels.js';
import { scriptApiChannels, type ScriptChannels } from './channels/script-channels.js';
import { metadataApiChannels, type MetadataChannels } from './channels/metadata-channels.js';
import { verifyApiChannels, type VerifyChannels } from './channels/verify-channels.js';
import { reportApiChannels, type ReportChannels } from './channels/report-channels.js';
import { docsApiChannels, type DocsChannels } from './channels/docs-channels.js';
import { sessionApiChannels, type SessionChannels } from './channels/session-channels.js';
import { exportedFilesApiChannels, type ExportedFilesChannels } from './channels/exported-files-channels.js';

export type { AppInfo, ProjectCheck, ProjectDocument } from './channels/project-channels.js';

/** Later areas join with `&`: `ProjectChannels & CertificateChannels & …`. */
export type IpcContract = ProjectChannels & CertificateChannels & ScriptChannels & MetadataChannels & VerifyChannels & ReportChannels & DocsChannels & SessionChannels & ExportedFilesChannels;

export type Channel = keyof IpcContract;
export type ChannelArgs<C extends Channel> = IpcContract[C]['args'];
export type ChannelResult<C extends Channel> = Result<IpcContract[C]['value']>;

/** The named functions the preload exposes as `window.s2s`, each bound to one channel. */
export const wizardApiChannels = {
  ...projectApiChannels,
  ...certificateApiChannels,
  ...scriptApiChannels,
  ...metadataApiChannels,
  ...verifyApiChannels,
  ...reportApiChannels,
  ...docsApiChannels,
  ...sessionApiChannels,
  ...exportedFilesApiChannels,
} as const satisfies Record<string, Channel>;

export type WizardApi = {
  [M in keyof typeof wizardApiChannels]: (
    ...args: ChannelArgs<(typeof wizardApiChannels)[M]>
  ) => Promise<ChannelResult<(typeof wizardApiChannels)[M]>>;
};

/** Every channel, once; the main process registers a handler for each. */
export const channels = Object.values(wizardApiChannels) as Channel[];
