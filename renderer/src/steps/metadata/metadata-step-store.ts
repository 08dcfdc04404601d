/**
 * What the Metadata step has found so far, per side and for the trust probe. It outlives the step's view (the user
 * may visit other steps and come back) and belongs to one project file: a different file starts it afresh.
 */
import { createStore } from 'zustand/vanilla';
import type { TrustProbeReport } from '../../../../electron/core/metadata/exchange-trust-probe';
import type { MetadataReport } from '../../../../electron/core/metadata/metadata-report';
import type { MetadataRole } from '../../../../electron/core/metadata/well-known-services';
import type { Run } from '../../components/operation-run';

export interface MetadataStepState {
  /** The project file the results belong to (undefined before the step first opens). */
  projectPath: string | null | undefined;
  sides: Record<MetadataRole, Run<MetadataReport>>;
  trust: Run<TrustProbeReport>;
  setSide(side: MetadataRole, run: Run<MetadataReport>): void;
  setTrust(run: Run<TrustProbeReport>): void;
  /** Forgets everything when the project file is another one. */
  belongTo(projectPath: string | null): void;
  reset(projectPath?: string | null): void;
}

const idle = { status: 'idle' } as const;

export function createMetadataStepStore() {
  return createStore<MetadataStepState>()((set, get) => ({
    projectPath: undefined,
    sides: { lync: idle, exchange: idle },
    trust: idle,
    setSide: (side, run) => set((state) => ({ sides: { ...state.sides, [side]: run } })),
    setTrust: (trust) => set({ trust }),
    belongTo: (projectPath) => {
      if (get().projectPath !== projectPath) get().reset(projectPath);
    },
    reset: (projectPath) => set({ projectPath, sides: { lync: idle, exchange: idle }, trust: idle }),
  }));
}

export const metadataStepStore = createMetadataStepStore();
