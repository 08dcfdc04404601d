import type { IpcMain, WebFrameMain } from 'electron';
import { msg } from '../../core/message-catalogue.js';
import { fail } from '../../core/result.js';
import { channels } from '../../shared/ipc-contract.js';
import { isTrustedSender } from '../security.js';
import type { Dispatch } from './dispatch.js';

/** Registers one handler per channel; each refuses a sender frame that is not the app's own top frame. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, appOrigin: string): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => {
      if (!isTrustedSender(event.senderFrame as WebFrameMain | null, appOrigin)) {
        return fail('ipc.untrusted-sender', msg('error.ipc.untrusted-sender', { channel }));
      }
      return dispatch(channel, args);
    });
  }
}
