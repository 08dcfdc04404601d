/**
 * The renderer's memory after the full walk-through (tests/helpers/walkthrough-steps.ts, the same steps the
 * end-to-end test takes: certificates, both metadata documents, both script steps and exports, a diagnosis, the
 * report, the hand-over), against the same page freshly started. Read through the DevTools protocol after a forced
 * garbage collection, so the figures are what the page keeps, not garbage not yet collected.
 */
import { afterAll, bench, describe } from 'vitest';
import { mib, ms, printFigures } from '../helpers/figure-table.js';
import { median, rendererMemory, type RendererMemory } from '../helpers/renderer-metrics.js';
import { startWalkthroughFixture } from '../helpers/walkthrough-fixture.js';
import { walkThrough } from '../helpers/walkthrough-steps.js';
import { openWizard } from '../helpers/wizard-page.js';

const runs: { start: RendererMemory; after: RendererMemory; walk: number }[] = [];

afterAll(() => {
  const of = (pick: (run: (typeof runs)[number]) => number) => median(runs.map(pick));
  printFigures(`Renderer memory, headless Chromium, after a forced GC (median of ${runs.length} walks)`, [
    ['JS heap used at start (Topology shown)', mib(of((r) => r.start.jsHeapUsed))],
    ['JS heap used after the full walk-through', mib(of((r) => r.after.jsHeapUsed))],
    ['JS heap allocated after the walk-through', mib(of((r) => r.after.jsHeapTotal))],
    ['DOM nodes at start / after (on the Next step)', `${of((r) => r.start.domNodes)} / ${of((r) => r.after.domNodes)}`],
    ['event listeners at start / after', `${of((r) => r.start.eventListeners)} / ${of((r) => r.after.eventListeners)}`],
    ['time of the walk-through (7 steps, real backend)', ms(of((r) => r.walk))],
  ]);
});

describe('renderer memory', () => {
  bench(
    'the full walk-through, from a new project to the hand-over',
    async () => {
      const session = await openWizard({ width: 1280, height: 800 }, { locale: 'en-US' });
      const fixture = await startWalkthroughFixture(session);
      try {
        await session.page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
        const start = await rendererMemory(session.page);
        const began = performance.now();
        await walkThrough(session, fixture);
        const walk = performance.now() - began;
        runs.push({ start, after: await rendererMemory(session.page), walk });
      } finally {
        await fixture.close();
        await session.close();
      }
    },
    { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
