/**
 * How soon the wizard is usable: from navigation start to the Topology step's first input being enabled and taking
 * the focus, in headless Chromium with the production renderer and the real IPC dispatch (a fresh browser, a new
 * data folder, so no autosave, each time). Beside it, the browser's own milestones of the same load.
 */
import { afterAll, bench, describe } from 'vitest';
import { ms, printFigures } from '../helpers/figure-table.js';
import { firstInteractiveScript, median, startupTiming, type StartupTiming } from '../helpers/renderer-metrics.js';
import { openWizard } from '../helpers/wizard-page.js';

const timings: StartupTiming[] = [];

afterAll(() => {
  const of = (pick: (timing: StartupTiming) => number | null) => ms(median(timings.map(pick).filter((value): value is number => value !== null)));
  printFigures(`Renderer start-up in headless Chromium, 1280×800 (median of ${timings.length} loads, ms since navigation start)`, [
    ['HTML received (responseEnd)', of((t) => t.responseEnd)],
    ['first contentful paint', of((t) => t.firstContentfulPaint)],
    ['DOMContentLoaded done', of((t) => t.domContentLoaded)],
    ['load event done', of((t) => t.loadEnd)],
    ['Topology step usable (first input enabled and focusable)', of((t) => t.firstInteractive)],
    ['  slowest of the loads', ms(Math.max(...timings.map((t) => t.firstInteractive)))],
  ]);
});

describe('renderer start-up', () => {
  bench(
    'open the wizard until the first step is usable',
    async () => {
      const session = await openWizard({ width: 1280, height: 800 }, { locale: 'en-US', initScripts: [firstInteractiveScript] });
      try {
        timings.push(await startupTiming(session.page));
      } finally {
        await session.close();
      }
    },
    { iterations: 7, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
