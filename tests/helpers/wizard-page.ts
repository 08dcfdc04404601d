/**
 * The test-only bridge (Signal Desktop's pattern): the real, built renderer in headless Chromium, its
 * `window.s2s` built by the real `createWizardApi`, each call reaching the real IPC dispatch through
 * Playwright's exposeBinding, after the same sender check the main process makes.
 */
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { fail } from '../../electron/core/result.js';
import { isTrustedSender, originOf } from '../../electron/main/security.js';
import { launchChromium } from './chromium.js';
import { createRealBackend, type RealBackend } from './real-backend.js';
import { serveFolder, type StaticServer } from './static-server.js';

const repo = new URL('../..', import.meta.url).pathname;
export const rendererDir = join(repo, 'out/renderer');

async function bridgeScript(): Promise<string> {
  const bundled = await build({
    stdin: {
      contents: "import { createWizardApi } from './electron/preload/wizard-api.ts';\n" + 'window.s2s = createWizardApi((channel, ...args) => window.__s2sInvoke(channel, args));\n',
      resolveDir: repo,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return bundled.outputFiles[0]?.text ?? '';
}

export interface WizardSession {
  browser: Browser;
  page: Page;
  backend: RealBackend;
  server: StaticServer;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * `locale` is the browser's (navigator.languages), standing in for the OS locale the app starts in; `initScripts`
 * run in the page before the app's own (e.g. a benchmark's observers), as the bridge does.
 */
export async function openWizard(viewport = { width: 1280, height: 800 }, { locale, initScripts = [] }: { locale?: string; initScripts?: string[] } = {}): Promise<WizardSession> {
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir}/index.html is missing: run npm run build first.`);
  const dataDir = await mkdtemp(join(tmpdir(), 's2s-e2e-'));
  const backend = createRealBackend(dataDir);
  const server = await serveFolder(rendererDir);
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport, locale });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const origin = originOf(server.url) as string;
  await page.exposeBinding('__s2sInvoke', async (source, channel: string, args: unknown[]) => {
    const frame = source.frame;
    if (!isTrustedSender({ url: frame.url(), parent: frame.parentFrame() }, origin)) return fail('ipc.untrusted-sender', `${channel} refused`);
    return backend.dispatch(channel, args);
  });
  await page.addInitScript({ content: await bridgeScript() });
  for (const content of initScripts) await page.addInitScript({ content });
  await page.goto(`${server.url}/index.html`);
  return {
    browser,
    page,
    backend,
    server,
    dataDir,
    close: async () => {
      await browser.close();
      await server.close();
      if (pageErrors.length > 0) throw new Error(`The page threw: ${pageErrors.join('; ')}`);
    },
  };
}

/** Fills the Topology step with the seed's example (litwareinc.com), waiting for the step first. */
export async function fillSeedTopology(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
  await page.locator('input[name="sipDomain"]').fill('litwareinc.com');
  await page.locator('input[name="lyncPoolFqdn"]').fill('atl-cs-001.litwareinc.com');
  await page.locator('input[name="exchangeAutodiscoverFqdn"]').fill('autodiscover.litwareinc.com');
  if ((await page.locator('input[name="exchangeServers[0]"]').count()) === 0) await page.getByRole('button', { name: 'Add Exchange server' }).click();
  await page.locator('input[name="exchangeServers[0]"]').fill('atl-exchange-001.litwareinc.com');
  await page.locator('input[name="testUserSipUri"]').fill('sip:kenmyer@litwareinc.com');
}
