import type { WizardApi } from '../../electron/shared/ipc-contract';

declare global {
  interface Window {
    /** The preload's API: the renderer's only way to the main process. */
    s2s: WizardApi;
  }
}
