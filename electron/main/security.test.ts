import { EventEmitter } from 'node:events';
import type { Session, WebContents } from 'electron';
import { appOrigin, denyPermissions, guardNavigation, isTrustedSender, originOf } from './security.js';

function fakeContents() {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: () => unknown; setWindowOpenHandler(h: () => unknown): void };
  emitter.setWindowOpenHandler = (handler) => { emitter.openHandler = handler; };
  return emitter;
}

function navigate(contents: EventEmitter, event: string, url: string): boolean {
  let prevented = false;
  contents.emit(event, { url, preventDefault: () => { prevented = true; } });
  return prevented;
}

describe('guardNavigation', () => {
  const contents = fakeContents();
  guardNavigation(contents as unknown as WebContents, appOrigin);

  it('denies every new window', () => {
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });

  it.each(['will-navigate', 'will-redirect'])('%s: stays inside the app, blocks everything else', (event) => {
    expect(navigate(contents, event, `${appOrigin}/index.html#/metadata`)).toBe(false);
    expect(navigate(contents, event, 'https://atl-cs-001.litwareinc.com/metadata/json/1')).toBe(true);
    expect(navigate(contents, event, 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, event, 'javascript:alert(1)')).toBe(true);
  });

  it('refuses webviews', () => {
    expect(navigate(contents, 'will-attach-webview', '')).toBe(true);
  });
});

describe('denyPermissions', () => {
  it('answers no to every permission request and check', () => {
    let request: ((c: unknown, p: string, cb: (granted: boolean) => void) => void) | undefined;
    let check: (() => boolean) | undefined;
    let device: (() => boolean) | undefined;
    denyPermissions({
      setPermissionRequestHandler: (h: typeof request) => { request = h; },
      setPermissionCheckHandler: (h: typeof check) => { check = h; },
      setDevicePermissionHandler: (h: typeof device) => { device = h; },
    } as unknown as Session);
    const answers: boolean[] = [];
    request?.(null, 'media', (granted) => answers.push(granted));
    request?.(null, 'notifications', (granted) => answers.push(granted));
    expect(answers).toEqual([false, false]);
    expect(check?.()).toBe(false);
    expect(device?.()).toBe(false);
  });
});

describe('isTrustedSender / originOf', () => {
  it('compares scheme and host, since URL.origin is "null" for app:', () => {
    expect(new URL(`${appOrigin}/x`).origin).toBe('null');
    expect(originOf(`${appOrigin}/x`)).toBe(appOrigin);
    expect(originOf('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(originOf('::')).toBeNull();
    expect(isTrustedSender({ url: 'http://localhost:5173/', parent: null }, appOrigin)).toBe(false);
    expect(isTrustedSender(undefined, appOrigin)).toBe(false);
  });
});
