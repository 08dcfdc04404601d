import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Finding } from '../../../electron/core/findings';
import type { Project } from '../../../electron/core/model/project';
import { stepIds, type StepId } from '../steps/steps';
import { useProjectCheck } from '../steps/topology/useProjectCheck';
import { deriveStepStatus, type StepStatus } from './step-status';
import { createStepStatusStore, type StepStatusState, type StepStatusStore } from './step-status-store';
import { useWizard } from './wizard-store-context';

const StepStatusContext = createContext<StepStatusStore | null>(null);

function useStepStatusStore(): StepStatusStore {
  const store = useContext(StepStatusContext);
  if (store === null) throw new Error('The step status is used outside a StepStatusProvider.');
  return store;
}

/**
 * Gives its subtree (inside a WizardStoreProvider) a step status store of its own: it starts afresh with every
 * document loaded, counts the step on screen as opened, and keeps the Topology step's findings current.
 */
export function StepStatusProvider({ children }: { children: ReactNode }) {
  const [store] = useState(createStepStatusStore);
  const documentLoads = useWizard((state) => state.documentLoads);
  const step = useWizard((state) => state.step);
  const project = useWizard((state) => state.project);
  useEffect(() => {
    if (documentLoads > 0) store.getState().reset();
  }, [store, documentLoads]);
  useEffect(() => store.getState().markVisited(step), [store, step, documentLoads]);
  return (
    <StepStatusContext value={store}>
      {project !== null && <ProjectCheckPublisher project={project} />}
      {children}
    </StepStatusContext>
  );
}

/**
 * The Topology step's findings are the project check's, a function of the project alone: checked here whatever step
 * is on screen, so a value typed just before leaving the step (inside the check's delay) is not left out.
 */
function ProjectCheckPublisher({ project }: { project: Project }) {
  usePublishStepFindings('topology', useProjectCheck(project)?.findings);
  return null;
}

export function useStepStatus<T>(selector: (state: StepStatusState) => T): T {
  return useStore(useStepStatusStore(), selector);
}

/** Every step's status, as the rail and the summary show it. */
export function useStepStatuses(): Record<StepId, StepStatus> {
  const visited = useStepStatus((state) => state.visited);
  const reports = useStepStatus((state) => state.reports);
  const project = useWizard((state) => state.project);
  return useMemo(
    () => Object.fromEntries(stepIds.map((step) => [step, deriveStepStatus(step, { visited: visited[step] === true, report: reports[step] ?? {}, project })])) as Record<StepId, StepStatus>,
    [visited, reports, project],
  );
}

/**
 * One line in a step (or the component of the step that holds them) publishes its findings: null or undefined
 * while it has none to show (not loaded, nothing picked). `part` names this publisher when a step has several;
 * `complete` says whether its share of the job is there (see step-status.ts), by default whenever it has findings
 * to show. What was published stays when the view goes: the summary lists it until the step publishes again.
 */
export function usePublishStepFindings(step: StepId, findings: readonly Finding[] | null | undefined, progress: { part?: string; complete?: boolean } = {}): void {
  const store = useStepStatusStore();
  // After a reset (another document) the steps on screen publish again even when their findings did not change.
  const generation = useStore(store, (state) => state.generation);
  const part = progress.part ?? 'main';
  const complete = findings != null && (progress.complete ?? true);
  useEffect(() => {
    store.getState().publish(step, part, findings == null ? null : { findings, complete });
  }, [store, generation, step, part, findings, complete]);
}
