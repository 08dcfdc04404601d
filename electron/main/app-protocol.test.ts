import { join } from 'node:path';
import { resolveAppFile } from './app-protocol.js';

const root = '/opt/s2s-wizard/out/renderer';

describe('resolveAppFile', () => {
  it.each([
    ['app://s2s-wizard/', 'index.html'],
    ['app://s2s-wizard/index.html', 'index.html'],
    ['app://s2s-wizard/assets/index-abc.js?x=1', 'assets/index-abc.js'],
    ['app://s2s-wizard/assets/a%20b.css', 'assets/a b.css'],
  ])('serves %s from the renderer folder', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(join(root, file));
  });

  it.each(['app://s2s-wizard/../../etc/passwd', 'app://s2s-wizard/%2e%2e/%2e%2e/etc/passwd'])('keeps %s inside the renderer folder', (url) => {
    // The URL parser folds dot segments before we see the path.
    expect(resolveAppFile(url, root)).toBe(join(root, 'etc/passwd'));
  });

  it.each([
    'app://s2s-wizard/assets/..%2F..%2F..%2Fetc%2Fpasswd',
    'app://s2s-wizard/..%5C..%5Cetc%5Cpasswd',
    'app://s2s-wizard/%00index.html',
    'app://s2s-wizard/%E0%A4%A',
    'app://other-host/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});
