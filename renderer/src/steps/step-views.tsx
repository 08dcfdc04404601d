/** The view of each step: every step has one. */
import type { ComponentType } from 'react';
import type { Project } from '../../../electron/core/model/project';
import type { StepId } from './steps';
import { TopologyStep } from './topology/TopologyStep';
import { CertificatesStep } from './certificates/CertificatesStep';
import { MetadataStep } from './metadata/MetadataStep';
import { ExchangeTrustsLyncStep, LyncTrustsExchangeStep } from './scripts/ScriptStep';
import { VerifyStep } from './verify/VerifyStep';
import { NextStep } from './next/NextStep';

export interface StepViewProps {
  project: Project;
}

export const stepViews: Record<StepId, ComponentType<StepViewProps>> = {
  topology: TopologyStep,
  certificates: CertificatesStep,
  metadata: MetadataStep,
  exchangeTrustsLync: ExchangeTrustsLyncStep,
  lyncTrustsExchange: LyncTrustsExchangeStep,
  verify: VerifyStep,
  next: NextStep,
};
