/**
 * What main holds for the project being worked on, shared by the areas. `path` is the project file the user
 * picked in a native Open or Save dialog (or the autosave recorded): the renderer never names it; handlers that
 * resolve the project's relative paths, or write into the project's folder, read it here. `certificates` are the
 * files the user loaded in the Certificates step (with any PFX password, which never leaves that holder),
 * `exported` the files the last script export wrote, and `evidence` what the Verify step found.
 */
import type { ReportFile } from '../../core/report/report-input.js';
import { createEvidenceSession, type EvidenceSession } from './evidence-session.js';
import { createHeldCertificates, type HeldCertificates } from './held-certificates.js';

export interface ProjectSession {
  path: string | null;
  certificates: HeldCertificates;
  /** The files of the last export (folder or zip), each with the SHA-256 of the bytes written; empty before one. */
  exported: ReportFile[];
  evidence: EvidenceSession;
}

export function createProjectSession(): ProjectSession {
  return { path: null, certificates: createHeldCertificates(), exported: [], evidence: createEvidenceSession() };
}
