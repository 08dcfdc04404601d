/**
 * Where each step publishes its current findings and progress, which steps the user has opened, and whether the
 * summary of open findings is showing. A published part outlives its view: the rail and the summary keep telling
 * what a step found after the user has moved on. Everything belongs to one document and starts afresh (`reset`)
 * when another is loaded.
 */
import { createStore } from 'zustand/vanilla';
import type { StepId } from '../steps/steps';
import type { PartReport, StepReport } from './step-status';

export interface StepStatusState {
  visited: Readonly<Partial<Record<StepId, true>>>;
  reports: Readonly<Partial<Record<StepId, StepReport>>>;
  /** Counts the resets, so the steps on screen publish again into the fresh store. */
  generation: number;
  summaryOpen: boolean;

  markVisited(step: StepId): void;
  /** Replaces one part of a step; null takes the part away (nothing known, e.g. a certificate removed). */
  publish(step: StepId, part: string, report: PartReport | null): void;
  reset(): void;
  openSummary(): void;
  closeSummary(): void;
}

export type StepStatusStore = ReturnType<typeof createStepStatusStore>;

/** The same findings (the same objects, in the same order) and the same completeness: nothing to tell anyone. */
function samePart(a: PartReport | undefined, b: PartReport | null): boolean {
  if (a === undefined || b === null) return a === undefined && b === null;
  return a.complete === b.complete && a.findings.length === b.findings.length && a.findings.every((finding, index) => finding === b.findings[index]);
}

export function createStepStatusStore() {
  return createStore<StepStatusState>()((set, get) => ({
    visited: {},
    reports: {},
    generation: 0,
    summaryOpen: false,

    markVisited: (step) => {
      if (get().visited[step] !== true) set((state) => ({ visited: { ...state.visited, [step]: true } }));
    },
    publish: (step, part, report) => {
      const parts = get().reports[step] ?? {};
      if (samePart(parts[part], report)) return;
      const { [part]: _replaced, ...others } = parts;
      set((state) => ({ reports: { ...state.reports, [step]: report === null ? others : { ...parts, [part]: report } } }));
    },
    reset: () => set((state) => ({ visited: {}, reports: {}, generation: state.generation + 1 })),
    openSummary: () => set({ summaryOpen: true }),
    closeSummary: () => set({ summaryOpen: false }),
  }));
}
