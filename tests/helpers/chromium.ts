/**
 * The system Chromium for the end-to-end tests (design.md §8: Electron cannot run here, Debian's chromium can).
 * Same lookup as scripts/ensure-chromium.mjs, which `npm run test:e2e` runs first and which installs it if it can.
 */
import { accessSync, constants, statSync } from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

const defaultPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Without these Chromium tries to reach Google's services at start-up (component updates, sync, QUIC probes) and
 * stalls on a machine with no network; --no-sandbox because CI runs as root; /dev/shm is tiny in containers.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** $CHROMIUM_PATH, else /usr/bin/chromium, else /usr/bin/chromium-browser; throws saying how to get one. */
export function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (isExecutableFile(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} is not an executable file.`);
  }
  const found = defaultPaths.find(isExecutableFile);
  if (found) return found;
  throw new Error(
    `No Chromium found at ${defaultPaths.join(' or ')}. Run \`node scripts/ensure-chromium.mjs\` ` +
      '(installs it as root with apt-get), `sudo apt-get install chromium`, or set CHROMIUM_PATH.',
  );
}

/** A headless playwright-core Browser on the system Chromium. Extra `args` are appended to chromiumArgs. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    ...options,
    headless: true,
    executablePath: chromiumPath(),
    args: [...chromiumArgs, ...(options.args ?? [])],
  });
}
