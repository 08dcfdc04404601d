import { wizardApiChannels, type Channel, type WizardApi } from '../shared/ipc-contract.js';

export type Invoke = (channel: Channel, ...args: unknown[]) => Promise<unknown>;

/** Builds `window.s2s`: one named function per channel, nothing else (never `ipcRenderer` itself). */
export function createWizardApi(invoke: Invoke): WizardApi {
  const api: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
  for (const [method, channel] of Object.entries(wizardApiChannels)) {
    api[method] = (...args: unknown[]) => invoke(channel, ...args);
  }
  return Object.freeze(api) as unknown as WizardApi;
}
