/** The Verify step's and the report's handlers, sharing what the session found (the last test, the imported state). */
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';
import type { ReportChannels } from '../../../shared/channels/report-channels.js';
import type { VerifyChannels } from '../../../shared/channels/verify-channels.js';
import { createReportHandlers, type ReportHandlerDeps } from './report-handlers.js';
import { createVerifyHandlers, type VerifyHandlerDeps } from './verify-handlers.js';

export type EvidenceHandlerDeps = VerifyHandlerDeps & ReportHandlerDeps;

export function createEvidenceHandlers(deps: EvidenceHandlerDeps, project: ProjectSession): HandlersOf<VerifyChannels & ReportChannels> {
  return { ...createVerifyHandlers(deps, project, project.evidence), ...createReportHandlers(deps, project, project.evidence) };
}
