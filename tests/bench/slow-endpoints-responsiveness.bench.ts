/**
 * The window stays responsive while a check runs against 50 slow endpoints (issue 5): 50 loopback HTTPS endpoints
 * that answer after 1 to 3 seconds; the Metadata step's "Check both documents and Exchange's trust" button sends
 * three of the requests, and the other 47 (metadata fetches of both roles and EWS trust probes) go out at the same
 * moment through the same `window.s2s` API the step calls. Meanwhile the user types into the step's paste box.
 * Measured in the page: the gaps between animation frames, the long tasks (over 50 ms) the browser reports, and
 * each key press's delay to the next frame; the same page idle, with the same typing, is the baseline. Measured in
 * the Node process that runs the real IPC handlers (in the app, Electron's main process, whose thread also routes
 * the window's input): its event-loop delay. The endpoints run in a worker thread, so that figure is the handlers'.
 */
import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { serializeProject } from '../../electron/core/model/project-file.js';
import type { Project } from '../../electron/core/model/project.js';
import { startDelayedServersInWorker, type DelayedServers } from '../helpers/delayed-https-servers.js';
import { exampleProject } from '../helpers/example-project.js';
import { ms, printFigures } from '../helpers/figure-table.js';
import { makeTestPki } from '../helpers/loopback-https.js';
import { ewsBearerChallenge, exchangeDocument, lyncDocument, lyncServiceId } from '../helpers/metadata-documents.js';
import { median, watchMainThread, type MainThreadReport } from '../helpers/renderer-metrics.js';
import { makeCertificate } from '../helpers/test-pki.js';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const host = 'slow.litwareinc.com';
const endpoints = 50;
const delayOf = (index: number) => 1000 + index * 40;
const pki = makeTestPki('Litware Slow Endpoints Root CA');
const lyncPath = '/metadata/json/1';
const exchangePath = '/autodiscover/metadata/json/1';
const ewsPath = '/EWS/Exchange.asmx';
const json = { 'content-type': 'application/json' };
const routes = {
  [lyncPath]: { status: 200, headers: json, body: JSON.stringify(lyncDocument('litwareinc.com', [makeCertificate({ commonName: 'litwareinc.com', key: pki.key })])) },
  [exchangePath]: {
    status: 200,
    headers: json,
    body: JSON.stringify(exchangeDocument([makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key, extendedKeyUsages: null })])),
  },
  [ewsPath]: { status: 401, headers: { 'www-authenticate': ewsBearerChallenge([`${lyncServiceId}@litwareinc.com`]) } },
};
const typed = 'slow endpoints must not stop the typing!';

interface Run {
  page: MainThreadReport;
  /** The event-loop delay of the handlers' process, ms. */
  handlers: { max: number; p99: number };
  wall: number;
  /** Requests that brought back a document or Exchange's issuers (not a timeout), and when the last reply came. */
  others: { answered: number; elapsed: number };
  ui: number;
  /** What the step showed when a request did not bring an answer (finding ids), e.g. metadata.timeout. */
  uiFindings: string[];
  typing: number;
}

let session: WizardSession;
let servers: DelayedServers;
let project: Project;
let baseline: MainThreadReport;
let baselineTyping = 0;
const runs: Run[] = [];

const url = (index: number, path: string) => `https://${host}:${servers.ports[index]}${path}`;

/** Types into the Lync paste box, a key every 40 ms, as someone typing steadily; answers how long it took. */
async function typeSteadily(page: Page): Promise<number> {
  const box = page.getByLabel('Lync / Skype for Business metadata document (pasted)');
  await box.fill('');
  await box.focus();
  const began = performance.now();
  await page.keyboard.type(typed, { delay: 40 });
  return performance.now() - began;
}

beforeAll(async () => {
  servers = await startDelayedServersInWorker({ delays: Array.from({ length: endpoints }, (_, index) => delayOf(index)), certificates: [pki.leaf(host), pki.root], routes });
  session = await openWizard({ width: 1280, height: 800 }, { locale: 'en-US' });
  const { page, backend, dataDir } = session;
  backend.loopbackHosts.push(host);
  await writeFile(join(dataDir, 'slow-root.cer'), pki.root.der);
  project = exampleProject({ lyncMetadataUrl: url(0, lyncPath), exchangeMetadataUrl: url(1, exchangePath), exchangeEwsUrl: url(2, ewsPath), trustedCaFiles: ['slow-root.cer'] });
  const file = join(dataDir, 'slow.s2s.json');
  await writeFile(file, serializeProject(project));
  backend.dialogs.open = file;
  await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
  await page.getByRole('button', { name: 'Open…' }).click();
  await page.getByRole('status').filter({ hasText: `Opened ${file}` }).waitFor();
  await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: /^Metadata/ }).click();
  await page.getByRole('region', { name: 'Lync / Skype for Business' }).getByRole('button', { name: 'Paste…' }).click();

  const idle = await watchMainThread(page);
  baselineTyping = await typeSteadily(page);
  await page.waitForTimeout(1000);
  baseline = await idle.stop();
}, 180_000);

afterAll(async () => {
  await session?.close();
  await servers?.close();
  const of = (pick: (run: Run) => number) => median(runs.map(pick));
  const inPage = (pick: (report: MainThreadReport) => number) => `${ms(pick(baseline))} / ${ms(of((run) => pick(run.page)))}`;
  printFigures(`The wizard, idle vs. a check against ${endpoints} endpoints answering after ${delayOf(0)}–${delayOf(endpoints - 1)} ms (median of ${runs.length} runs)`, [
    ['answers shown by the step / its requests', `${of((run) => run.ui)} / 3`],
    ['  what the step showed instead, over all runs', [...new Set(runs.flatMap((run) => run.uiFindings))].join(', ') || '(nothing)'],
    ['answers through window.s2s / requests (a timeout is no answer)', `${of((run) => run.others.answered)} / ${endpoints - 3}`],
    ['time to the last of those answers', ms(of((run) => run.others.elapsed))],
    ['wall time (click to all answers in and the typing done)', ms(of((run) => run.wall))],
    [`typing ${typed.length} keys, a key every 40 ms: idle / under load`, `${ms(baselineTyping)} / ${ms(of((run) => run.typing))}`],
    ['renderer, frame gap p95: idle / under load', inPage((r) => r.frameGapP95)],
    ['renderer, longest frame gap: idle / under load', inPage((r) => r.frameGapMax)],
    ['renderer, long tasks (> 50 ms): idle / under load', `${baseline.longTasks} / ${of((run) => run.page.longTasks)} (longest ${ms(of((run) => run.page.longTaskMax))})`],
    ['renderer, key press to next frame, median: idle / under load', inPage((r) => r.keyToFrameMedian)],
    ['renderer, key press to next frame, slowest: idle / under load', inPage((r) => r.keyToFrameMax)],
    ['IPC handlers (main process), event-loop delay p99 / longest', `${ms(of((run) => run.handlers.p99))} / ${ms(of((run) => run.handlers.max))}`],
  ]);
});

describe('responsiveness under slow network checks', () => {
  bench(
    `${endpoints} slow endpoints checked at once while the user types`,
    async () => {
      const { page } = session;
      const lync = page.getByRole('region', { name: 'Lync / Skype for Business' });
      const exchange = page.getByRole('region', { name: 'Exchange', exact: true });
      const trust = page.getByRole('region', { name: 'Does Exchange trust Lync?' });
      // Requests 4 to 50, each to its own endpoint: Lync's document, Exchange's, EWS's trust answer in turn.
      const calls = Array.from({ length: endpoints - 3 }, (_, n) => {
        const index = n + 3;
        if (n % 3 === 0) return { method: 'fetchMetadata', args: [randomUUID(), 'lync', { ...project, lyncMetadataUrl: url(index, lyncPath) }] };
        if (n % 3 === 1) return { method: 'fetchMetadata', args: [randomUUID(), 'exchange', { ...project, exchangeMetadataUrl: url(index, exchangePath) }] };
        return { method: 'probeExchangeTrust', args: [randomUUID(), { ...project, exchangeEwsUrl: url(index, ewsPath) }] };
      });

      const handlers = monitorEventLoopDelay({ resolution: 10 });
      handlers.enable();
      const watch = await watchMainThread(page);
      const began = performance.now();
      await page.getByRole('button', { name: 'Check both documents and Exchange’s trust' }).click();
      await page.evaluate((list) => {
        // Runs in the page; this file is type-checked without the DOM library, hence the narrow types.
        type Reply = { ok: boolean; value?: { document?: unknown; trustedIssuers?: unknown } };
        const window = globalThis as unknown as { s2s: Record<string, (...args: unknown[]) => Promise<Reply>>; s2sSlowRun?: Promise<{ answered: number; elapsed: number }> };
        const sent = performance.now();
        const answered = (reply: Reply | undefined) => reply?.ok === true && ((reply.value?.document ?? null) !== null || (reply.value?.trustedIssuers ?? null) !== null);
        window.s2sSlowRun = Promise.all(list.map((call) => window.s2s[call.method]?.(...call.args))).then((replies) => ({
          answered: replies.filter(answered).length,
          elapsed: performance.now() - sent,
        }));
      }, calls);
      const typing = await typeSteadily(page);
      const others = (await page.evaluate('globalThis.s2sSlowRun')) as Run['others'];
      // The button is disabled while any of its three requests runs.
      await page.locator('button:enabled').filter({ hasText: 'Check both documents and Exchange’s trust' }).waitFor({ timeout: 60_000 });
      const wall = performance.now() - began;
      handlers.disable();
      const shown = [
        lync.getByText(/^TLS: .* presented a trusted certificate\.$/),
        exchange.getByText(/^TLS: .* presented a trusted certificate\.$/),
        trust.locator('[data-finding-id="exchange.trusts-lync"]'),
      ];
      const ui = (await Promise.all(shown.map((locator) => locator.count()))).filter((count) => count > 0).length;
      const uiFindings = (await page.locator('main [data-finding-id]').evaluateAll((items) => items.map((item) => item.getAttribute('data-finding-id') ?? ''))).filter((id) => id !== 'exchange.trusts-lync' && id !== 'metadata.realm-mismatch');
      runs.push({ page: await watch.stop(), handlers: { max: handlers.max / 1e6, p99: handlers.percentile(99) / 1e6 }, wall, others, ui, uiFindings, typing });
    },
    { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
