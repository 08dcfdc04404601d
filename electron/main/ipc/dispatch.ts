/**
 * One entry point for every channel: validates the arguments, runs the handler, and turns anything thrown
 * into an error value. Electron's ipcMain and the end-to-end bridge both go through it.
 */
import { fail, type Result } from '../../core/result.js';
import { channels, type Channel, type ChannelArgs, type ChannelResult } from '../../shared/ipc-contract.js';
import { argSchemas } from './arg-schemas.js';

export type Handlers = { [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> };

/** The handlers of one area's channel map; `createHandlers` joins the areas into `Handlers`. */
export type HandlersOf<Map extends { [C in keyof Map]: { args: unknown[]; value: unknown } }> = {
  [C in keyof Map]: (...args: Map[C]['args']) => Promise<Result<Map[C]['value']>>;
};

export type Dispatch = (channel: string, args: unknown[]) => Promise<Result<unknown>>;

export function isChannel(value: string): value is Channel {
  return (channels as string[]).includes(value);
}

export function createDispatch(handlers: Handlers): Dispatch {
  return async (channel, args) => {
    if (!isChannel(channel)) return fail('ipc.unknown-channel', `There is no IPC channel named '${channel}'.`);
    const parsed = argSchemas[channel].safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `argument ${issue.path.join('.')}` : 'arguments';
      return fail('ipc.invalid-arguments', `${channel}: ${where} ${issue?.message ?? 'are not valid'}.`);
    }
    try {
      const handler = handlers[channel] as (...a: unknown[]) => Promise<Result<unknown>>;
      return await handler(...(parsed.data as unknown[]));
    } catch (e) {
      return fail('ipc.handler-failed', `${channel} failed: ${(e as Error).message}`);
    }
  };
}
