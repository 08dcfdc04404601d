/**
 * The report input from what a session holds: the project and its own checks, the imported server state, the
 * last test result, and what the other areas contribute (certificates, metadata documents, generated files, their
 * findings and times). The app's glue and any other caller assemble it the same way.
 */
import type { Diagnosis } from '../diagnose/diagnose.js';
import { resolveEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';
import { validateProject } from '../model/validate-project.js';
import type { StateImport } from '../state/import-state.js';
import type { ReportCertificate, ReportFile, ReportFindingGroup, ReportInput, ReportMetadata, ReportTime } from './report-input.js';

export interface ReportContributions {
  certificates: ReportCertificate[];
  metadata: ReportMetadata[];
  files: ReportFile[];
  findings: ReportFindingGroup[];
  times: ReportTime[];
}

export const noContributions: ReportContributions = { certificates: [], metadata: [], files: [], findings: [], times: [] };

export interface SessionEvidence {
  tool: { name: string; version: string };
  now: Date;
  project: Project;
  projectFile: string | null;
  test: { source: string; receivedAt: string; diagnosis: Diagnosis; output: string; commands: string[] } | null;
  states: StateImport[];
  contributions: ReportContributions;
}

const sideName = { exchange: 'Exchange', lync: 'Lync' } as const;

export function assembleReportInput(evidence: SessionEvidence): ReportInput {
  const { project, states, test, contributions } = evidence;
  return {
    tool: evidence.tool,
    generatedAt: evidence.now.toISOString(),
    project: { file: evidence.projectFile, values: project, resolved: resolveEndpoints(project) },
    certificates: contributions.certificates,
    metadata: contributions.metadata,
    state: states.map(({ side, file, server, collectedAt }) => ({ side, file, server, collectedAt })),
    findings: [
      { area: 'Project', findings: validateProject(project) },
      ...contributions.findings,
      ...states.map((state) => ({ area: `Imported ${sideName[state.side]} state (${state.file})`, findings: state.findings })),
    ],
    files: contributions.files,
    test: test === null ? null : { commands: test.commands, source: test.source, receivedAt: test.receivedAt, diagnosis: test.diagnosis, output: test.output },
    times: [
      ...states.map((state) => ({ label: `${sideName[state.side]} state collected on ${state.server}`, at: state.collectedAt })),
      ...(test === null ? [] : [{ label: test.source === 'pasted' ? 'Test output pasted' : `Test output imported (${test.source})`, at: test.receivedAt }]),
      ...contributions.times,
    ],
  };
}
