/**
 * What main holds for the project being worked on, shared by the areas. `path` is the project file the user
 * picked in a native Open or Save dialog (or the autosave recorded): the renderer never names it; handlers that
 * resolve the project's relative paths, or write into the project's folder, read it here. `certificates` are the
 * files the user loaded in the Certificates step (with any PFX password, which never leaves that holder),
 * `approvedPaths` what else the user let main read, `exported` the files the last script export wrote, and `evidence` what the Verify step found.
 * `written` is where the last bundle export and the last saved report went, for "Show in folder".
 */
import type { ReportFile } from '../../core/report/report-input.js';
import { createEvidenceSession, type EvidenceSession } from './evidence-session.js';
import { createHeldCertificates, type HeldCertificates } from './held-certificates.js';

export interface ProjectSession {
  path: string | null;
  /** Keys of the absolute paths the user gave in this session (see session-paths.ts); nothing else outside the project's folder is read. */
  approvedPaths: Set<string>;
  certificates: HeldCertificates;
  /** The files of the last export (folder or zip), each with the SHA-256 of the bytes written; empty before one. */
  exported: ReportFile[];
  evidence: EvidenceSession;
  /** The folder or zip of the last script export, and the file of the last saved report; null before one. */
  written: { bundle: string | null; report: string | null };
}

export function createProjectSession(): ProjectSession {
  return { path: null, approvedPaths: new Set(), certificates: createHeldCertificates(), exported: [], evidence: createEvidenceSession(), written: { bundle: null, report: null } };
}
