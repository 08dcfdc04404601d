/**
 * Figures about the renderer in headless Chromium, for the benchmarks: when the first step becomes usable, how
 * much memory the page holds, and how responsive its main thread stays while work runs. The in-page parts are
 * plain scripts (this code is type-checked without the DOM library), run as init scripts or evaluated.
 */
import type { Page } from 'playwright-core';

/**
 * An init script: the moment (ms since navigation start) the Topology step's first input exists, is enabled and
 * takes the focus. It checks on every change of the DOM, so the figure is as fine as the app's own rendering.
 */
export const firstInteractiveScript = `(() => {
  const usable = () => {
    const input = document.querySelector('main input:not([type="hidden"])');
    if (!input || input.disabled) return false;
    const before = document.activeElement;
    input.focus({ preventScroll: true });
    if (document.activeElement !== input) return false;
    window.__s2sFirstInteractive = performance.now();
    performance.mark('s2s-first-interactive');
    input.blur();
    if (before instanceof HTMLElement) before.focus({ preventScroll: true });
    return true;
  };
  const observer = new MutationObserver(() => { if (usable()) observer.disconnect(); });
  observer.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

export interface StartupTiming {
  /** Navigation start to the first input of the Topology step being enabled and focusable. */
  firstInteractive: number;
  responseEnd: number;
  domContentLoaded: number;
  loadEnd: number;
  firstContentfulPaint: number | null;
}

/** Reads the timings of a page opened with `firstInteractiveScript`, once the first step is usable. */
export async function startupTiming(page: Page): Promise<StartupTiming> {
  // A function, not a string: the app's CSP forbids the eval a string predicate would need.
  await page.waitForFunction(() => typeof (globalThis as { __s2sFirstInteractive?: unknown }).__s2sFirstInteractive === 'number');
  return (await page.evaluate(`(() => {
    const [navigation] = performance.getEntriesByType('navigation');
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      firstInteractive: window.__s2sFirstInteractive,
      responseEnd: navigation.responseEnd,
      domContentLoaded: navigation.domContentLoadedEventEnd,
      loadEnd: navigation.loadEventEnd,
      firstContentfulPaint: paint ? paint.startTime : null,
    };
  })()`)) as StartupTiming;
}

export interface RendererMemory {
  /** After a full garbage collection: what the page keeps. */
  jsHeapUsed: number;
  jsHeapTotal: number;
  domNodes: number;
  eventListeners: number;
}

/** The page's memory through the DevTools protocol, after a forced garbage collection. */
export async function rendererMemory(page: Page): Promise<RendererMemory> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return { jsHeapUsed: metric('JSHeapUsedSize'), jsHeapTotal: metric('JSHeapTotalSize'), domNodes: metric('Nodes'), eventListeners: metric('JSEventListeners') };
  } finally {
    await cdp.detach();
  }
}

/**
 * Starts watching the main thread: every animation frame's gap from the one before, every long task (over 50 ms,
 * as the browser reports them), and each key press's delay from the event to the next frame. `stop` answers what
 * was seen since.
 */
export async function watchMainThread(page: Page): Promise<{ stop(): Promise<MainThreadReport> }> {
  await page.evaluate(`(() => {
    const watch = { frames: [], longTasks: [], keys: [], running: true };
    window.__s2sWatch = watch;
    let last = performance.now();
    const frame = (time) => {
      watch.frames.push(time - last);
      last = time;
      if (watch.running) requestAnimationFrame(frame);
    };
    requestAnimationFrame((time) => { last = time; requestAnimationFrame(frame); });
    watch.observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) watch.longTasks.push(entry.duration); });
    watch.observer.observe({ type: 'longtask' });
    watch.onKey = (event) => { const at = event.timeStamp; requestAnimationFrame(() => watch.keys.push(performance.now() - at)); };
    document.addEventListener('keydown', watch.onKey, true);
  })()`);
  return {
    stop: async () => {
      const seen = (await page.evaluate(`(() => {
        const watch = window.__s2sWatch;
        watch.running = false;
        watch.observer.disconnect();
        document.removeEventListener('keydown', watch.onKey, true);
        return { frames: watch.frames, longTasks: watch.longTasks, keys: watch.keys };
      })()`)) as { frames: number[]; longTasks: number[]; keys: number[] };
      return {
        frames: seen.frames.length,
        frameGapP95: percentile(seen.frames, 0.95),
        frameGapMax: Math.max(0, ...seen.frames),
        longTasks: seen.longTasks.length,
        longTaskTotal: seen.longTasks.reduce((sum, d) => sum + d, 0),
        longTaskMax: Math.max(0, ...seen.longTasks),
        keys: seen.keys.length,
        keyToFrameMedian: percentile(seen.keys, 0.5),
        keyToFrameMax: Math.max(0, ...seen.keys),
      };
    },
  };
}

export interface MainThreadReport {
  frames: number;
  frameGapP95: number;
  frameGapMax: number;
  longTasks: number;
  longTaskTotal: number;
  longTaskMax: number;
  keys: number;
  keyToFrameMedian: number;
  keyToFrameMax: number;
}

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] as number;
}

export function median(values: readonly number[]): number {
  return percentile(values, 0.5);
}
