/** Type-level proof that the contract, the preload API and the registered handlers are one and the same set. */
import type { Handlers } from '../main/ipc/dispatch.js';
import type { argSchemas } from '../main/ipc/arg-schemas.js';
import type { createHandlers } from '../main/ipc/handlers/index.js';
import type { createWizardApi } from '../preload/wizard-api.js';
import type { Channel, ChannelArgs, ChannelResult, IpcContract, WizardApi, wizardApiChannels } from './ipc-contract.js';

type ApiChannels = (typeof wizardApiChannels)[keyof typeof wizardApiChannels];

describe('the IPC contract', () => {
  it('every channel has exactly one preload function, and every function one channel', () => {
    expectTypeOf<ApiChannels>().toEqualTypeOf<Channel>();
    expectTypeOf<keyof WizardApi>().toEqualTypeOf<keyof typeof wizardApiChannels>();
    expectTypeOf<ReturnType<typeof createWizardApi>>().toEqualTypeOf<WizardApi>();
  });

  it('the handlers and the argument schemas cover exactly the channels', () => {
    expectTypeOf<keyof ReturnType<typeof createHandlers>>().toEqualTypeOf<keyof IpcContract>();
    expectTypeOf<keyof Handlers>().toEqualTypeOf<Channel>();
    expectTypeOf<keyof typeof argSchemas>().toEqualTypeOf<Channel>();
  });

  it('a preload function takes its channel arguments and returns its channel result', () => {
    expectTypeOf<Parameters<WizardApi['saveProject']>>().toEqualTypeOf<ChannelArgs<'project:save'>>();
    expectTypeOf<ReturnType<WizardApi['validateProject']>>().toEqualTypeOf<Promise<ChannelResult<'project:validate'>>>();
    expectTypeOf<Parameters<Handlers['project:save']>>().toEqualTypeOf<ChannelArgs<'project:save'>>();
  });
});
