/** The view of each step that is built; a step without one shows its "not built yet" panel. */
import type { ComponentType } from 'react';
import type { Project } from '../../../electron/core/model/project';
import type { StepId } from './steps';
import { TopologyStep } from './topology/TopologyStep';

export interface StepViewProps {
  project: Project;
}

export const stepViews: Partial<Record<StepId, ComponentType<StepViewProps>>> = {
  topology: TopologyStep,
};
