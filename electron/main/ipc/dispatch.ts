/**
 * One entry point for every channel: validates the arguments, runs the handler, and turns anything thrown
 * into an error value. Electron's ipcMain and the end-to-end bridge both go through it.
 */
import { msg } from '../../core/message-catalogue.js';
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
    if (!isChannel(channel)) return fail('ipc.unknown-channel', msg('error.ipc.unknown-channel', { channel }));
    const parsed = argSchemas[channel].safeParse(args);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      if (issue === undefined) return fail('ipc.invalid-arguments', msg('error.ipc.invalid-arguments.unknown', { channel }));
      const text =
        issue.path.length > 0
          ? msg('error.ipc.invalid-argument', { channel, argument: issue.path.join('.'), reason: issue.message })
          : msg('error.ipc.invalid-arguments', { channel, reason: issue.message });
      return fail('ipc.invalid-arguments', text);
    }
    try {
      const handler = handlers[channel] as (...a: unknown[]) => Promise<Result<unknown>>;
      return await handler(...(parsed.data as unknown[]));
    } catch (e) {
      return fail('ipc.handler-failed', msg('error.ipc.handler-failed', { channel, error: (e as Error).message }));
    }
  };
}
