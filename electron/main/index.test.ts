/** The entry point with `electron` mocked: what it registers, in which order, with which settings. */
import { channels } from '../shared/ipc-contract.js';

const electron = vi.hoisted(() => {
  const ready = { resolve: () => {} };
  const whenReady = new Promise<void>((resolve) => { ready.resolve = resolve; });
  const windows: { options: Record<string, unknown>; url?: string; contents: { setWindowOpenHandler: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn> }; on?: ReturnType<typeof vi.fn> }[] = [];
  class BrowserWindow {
    static getAllWindows = () => windows;
    webContents = { setWindowOpenHandler: vi.fn(), on: vi.fn() };
    constructor(public options: Record<string, unknown>) { windows.push({ options, contents: this.webContents, on: this.on }); }
    once = vi.fn();
    on = vi.fn();
    loadURL = vi.fn(async (url: string) => { (windows.at(-1) as { url?: string }).url = url; });
  }
  return {
    ready,
    windows,
    handled: [] as string[],
    app: {
      isPackaged: true,
      requestSingleInstanceLock: vi.fn(() => true),
      on: vi.fn(),
      quit: vi.fn(),
      whenReady: () => whenReady,
      getName: () => 's2s-wizard',
      getVersion: () => '0.1.0',
      getPath: () => '/tmp/s2s-user-data',
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() } },
    Menu: { buildFromTemplate: vi.fn(() => ({})), setApplicationMenu: vi.fn() },
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    clipboard: { writeText: vi.fn() },
    net: { fetch: vi.fn() },
    BrowserWindow,
  };
});

vi.mock('electron', () => ({
  ...electron,
  ipcMain: { handle: (channel: string) => electron.handled.push(channel) },
}));

describe('electron/main/index', () => {
  beforeAll(async () => {
    await import('./index.js');
  });

  it('takes the single-instance lock and registers app: as a secure standard scheme before ready', () => {
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
    expect(electron.windows).toHaveLength(0);
  });

  it('when ready: serves app:, denies permissions, registers every channel, opens one secure window on app://', async () => {
    electron.ready.resolve();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(electron.handled.sort()).toEqual([...channels].sort());
    const [window] = electron.windows;
    expect(window?.url).toBe('app://s2s-wizard/index.html');
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[\\/]index\.cjs$/);
    const created = electron.app.on.mock.calls.find(([event]) => event === 'web-contents-created')?.[1] as (e: unknown, c: unknown) => void;
    created({}, window?.contents);
    expect(window?.contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    expect(window?.contents.on.mock.calls.map(([event]) => event)).toEqual(['will-navigate', 'will-redirect', 'will-attach-webview']);
  });

  it('guards the window against closing with unsaved work; with nothing unsaved reported, it closes', () => {
    const closing = electron.windows[0]?.on?.mock.calls.find(([event]) => event === 'close')?.[1] as (e: { preventDefault(): void }) => void;
    const preventDefault = vi.fn();
    closing({ preventDefault });
    expect(preventDefault).not.toHaveBeenCalled();
  });

  it('serves a renderer file through the protocol handler and 404s a path outside it', async () => {
    const handler = electron.protocol.handle.mock.calls[0]?.[1] as (r: { url: string }) => Response | Promise<Response>;
    await handler({ url: 'app://s2s-wizard/index.html' });
    expect(String(electron.net.fetch.mock.calls[0]?.[0])).toMatch(/^file:\/\/.*renderer\/index\.html$/);
    const missing = await handler({ url: 'app://elsewhere/index.html' });
    expect(missing.status).toBe(404);
  });
});
