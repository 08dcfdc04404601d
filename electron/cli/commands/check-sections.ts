/**
 * The sections of `s2s-wizard check`, in the order they run. Each area adds one: it gets the loaded project and
 * the edges of the run, and returns its findings and what it adds to the `--json` object.
 */
import type { Finding } from '../../core/findings.js';
import { resolveEndpoints } from '../../core/model/defaults.js';
import type { Project } from '../../core/model/project.js';
import { validateProject } from '../../core/model/validate-project.js';
import type { CliIo } from '../io.js';
import { certificatesSection } from './certificates-section.js';
import { metadataSection } from './metadata-section.js';
import { stateSection } from './state-section.js';

export interface CheckContext {
  project: Project;
  /** The folder of the project file: the project's file paths are relative to it. */
  projectDir: string;
  now: Date;
  /** `--offline`: use the files the project names instead of the network. */
  offline: boolean;
  env: Readonly<Record<string, string | undefined>>;
  /** The network edges of the run (CliIo.network). */
  network?: CliIo['network'];
}

export interface CheckSectionResult {
  findings: Finding[];
  /** Merged into the `--json` object. */
  json?: Record<string, unknown>;
}

export type CheckSection = (context: CheckContext) => Promise<CheckSectionResult>;

const projectSection: CheckSection = async ({ project }) => ({
  findings: validateProject(project),
  json: { resolved: resolveEndpoints(project) },
});

export const checkSections: CheckSection[] = [projectSection, certificatesSection, metadataSection, stateSection];
