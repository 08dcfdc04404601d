/** The preload with `electron` mocked: it exposes named functions only, never ipcRenderer. */
import { wizardApiChannels } from '../shared/ipc-contract.js';

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: { invoke: electron.invoke, send: vi.fn(), on: vi.fn() },
}));

describe('electron/preload', () => {
  beforeAll(async () => {
    await import('./index.js');
  });

  it('exposes window.s2s and nothing else', () => {
    expect([...electron.exposed.keys()]).toEqual(['s2s']);
  });

  it('holds exactly the named functions of the contract, frozen, and no ipcRenderer', () => {
    const api = electron.exposed.get('s2s') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(wizardApiChannels).sort());
    expect(Object.values(api).every((f) => typeof f === 'function')).toBe(true);
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.values(api)).not.toContain(electron.invoke);
  });

  it('each function invokes its own channel with the arguments given', async () => {
    const api = electron.exposed.get('s2s') as Record<string, (...a: unknown[]) => Promise<unknown>>;
    await api.saveProject?.({ schemaVersion: 1 }, 'save-as');
    expect(electron.invoke).toHaveBeenLastCalledWith('project:save', { schemaVersion: 1 }, 'save-as');
    for (const [method, channel] of Object.entries(wizardApiChannels)) {
      await api[method]?.();
      expect(electron.invoke).toHaveBeenLastCalledWith(channel);
    }
  });
});
