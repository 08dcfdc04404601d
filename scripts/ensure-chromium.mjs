#!/usr/bin/env node
/**
 * Makes sure a Chromium is there for the end-to-end tests and the renderer benchmarks (run by `npm run test:e2e`
 * and `npm run bench` before vitest).
 * Lookup: $CHROMIUM_PATH, then /usr/bin/chromium, then /usr/bin/chromium-browser — the same as
 * tests/helpers/chromium.ts. When none is found and this is Linux, as root, with apt-get, installs Debian's
 * `chromium`; otherwise exits 1 saying how to get one. Also makes sure a Korean font is there (Debian's
 * `fonts-nanum`, installed the same way), or the Korean screenshots of tests/e2e/access.test.ts show empty boxes.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';

const candidates = () => [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function findChromium() {
  if (process.env.CHROMIUM_PATH && !isExecutable(process.env.CHROMIUM_PATH)) {
    console.error(`ensure-chromium: CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
    process.exit(1);
  }
  return candidates().find(isExecutable) ?? null;
}

function onPath(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function run(command, args) {
  console.log(`ensure-chromium: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`ensure-chromium: ${command} ${args.join(' ')} exited with ${result.status ?? result.signal}.`);
    process.exit(1);
  }
}

let chromium = findChromium();

if (!chromium) {
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0 && onPath('apt-get');
  if (canInstall) {
    console.log('ensure-chromium: no Chromium found; installing Debian\'s "chromium" package.');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    chromium = findChromium();
  }
}

if (!chromium) {
  console.error(
    [
      `ensure-chromium: no Chromium found (looked at ${candidates().join(', ')}).`,
      'The end-to-end tests drive a system Chromium with playwright-core. Either:',
      '  - install it: sudo apt-get install chromium   (Debian/Ubuntu; chromium-browser on some Ubuntu releases), or',
      '  - set CHROMIUM_PATH to a Chromium or Chrome executable, e.g. CHROMIUM_PATH=/opt/google/chrome/chrome',
    ].join('\n'),
  );
  process.exit(1);
}

const version = spawnSync(chromium, ['--version'], { encoding: 'utf8', timeout: 30_000 });
if (version.error || version.status !== 0) {
  console.error(`ensure-chromium: ${chromium} --version failed: ${version.error?.message ?? (version.stderr.trim() || `exit ${version.status}`)}`);
  process.exit(1);
}
console.log(`ensure-chromium: using ${chromium} (${version.stdout.trim()})`);

const hasKoreanFont = () => (spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8' }).stdout ?? '').trim() !== '';
if (process.platform === 'linux' && onPath('fc-list') && !hasKoreanFont()) {
  if (process.getuid?.() === 0 && onPath('apt-get')) {
    console.log('ensure-chromium: no Korean font found; installing Debian\'s "fonts-nanum" package.');
    // Only the screenshots need it: a failure here is reported, not fatal.
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const installed = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'fonts-nanum'], { stdio: 'inherit', env });
    if (installed.status !== 0) console.log('ensure-chromium: fonts-nanum could not be installed; the Korean screenshots will show boxes.');
  } else {
    console.log('ensure-chromium: no Korean font found; the Korean screenshots will show boxes (sudo apt-get install fonts-nanum).');
  }
}
