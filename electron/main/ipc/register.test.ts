import { msg } from '../../core/message-catalogue.js';
import { fail, ok } from '../../core/result.js';
import { channels } from '../../shared/ipc-contract.js';
import { appOrigin } from '../security.js';
import { registerIpc } from './register.js';

type Listener = (event: unknown, ...args: unknown[]) => unknown;

function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  return { handlers, handle: (channel: string, listener: Listener) => void handlers.set(channel, listener) };
}

const topFrame = (url: string) => ({ senderFrame: { url, parent: null } });

describe('registerIpc', () => {
  const calls: unknown[] = [];
  const ipc = fakeIpcMain();
  registerIpc(ipc as never, async (channel, args) => (calls.push([channel, args]), ok('handled')), appOrigin);

  it('registers exactly one handler per channel of the contract', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...channels].sort());
  });

  it('answers the app page', async () => {
    expect(await ipc.handlers.get('app:info')?.(topFrame(`${appOrigin}/index.html`))).toEqual(ok('handled'));
    expect(calls).toEqual([['app:info', []]]);
  });

  it.each([
    ['another origin', topFrame('https://evil.example/index.html')],
    ['a file: page', topFrame('file:///C:/index.html')],
    ['a look-alike host', topFrame('app://s2s-wizard.evil/index.html')],
    ['a sub-frame of the app', { senderFrame: { url: `${appOrigin}/index.html`, parent: {} } }],
    ['a frame that is gone', { senderFrame: null }],
  ])('refuses %s, as data, without running the handler', async (_name, event) => {
    calls.length = 0;
    const result = await ipc.handlers.get('project:save')?.(event, {}, 'save');
    expect(result).toEqual(fail('ipc.untrusted-sender', msg('error.ipc.untrusted-sender', { channel: 'project:save' })));
    expect(result).toMatchObject({ error: { message: "project:save refused: the request did not come from the wizard's own page." } });
    expect(calls).toEqual([]);
  });
});
