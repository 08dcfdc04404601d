/**
 * The real IPC handlers behind the real dispatch, on the real file system, for tests that need the backend
 * (Testing Library tests and the end-to-end bridge). Only the native dialogs are stood in for: the test says
 * which file the "user" picks.
 */
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/dispatch.js';
import { createHandlers } from '../../electron/main/ipc/handlers/index.js';
import { createWizardApi } from '../../electron/preload/wizard-api.js';
import type { Channel, WizardApi } from '../../electron/shared/ipc-contract.js';

export interface DialogAnswers {
  /** The file the user picks in the Open dialog; null = cancel. */
  open: string | null;
  /** The file the user types in the Save dialog; null = cancel. */
  save: string | null;
}

export interface RealBackend {
  dispatch: Dispatch;
  api: WizardApi;
  dialogs: DialogAnswers;
  autosaveFile: string;
}

export function createRealBackend(dataDir: string, now: () => Date = () => new Date()): RealBackend {
  const dialogs: DialogAnswers = { open: null, save: null };
  const autosaveFile = join(dataDir, 'autosave.s2s.json');
  const handlers = createHandlers({
    appInfo: { name: 's2s-wizard', version: 'test' },
    fs,
    now,
    autosaveFile,
    chooseProjectToOpen: async () => dialogs.open,
    chooseProjectToSave: async () => dialogs.save,
  });
  const dispatch = createDispatch(handlers);
  // Arguments cross as JSON, as they do over both real transports (structured clone / exposeFunction).
  const api = createWizardApi((channel: Channel, ...args: unknown[]) => dispatch(channel, JSON.parse(JSON.stringify(args)) as unknown[]));
  return { dispatch, api, dialogs, autosaveFile };
}
