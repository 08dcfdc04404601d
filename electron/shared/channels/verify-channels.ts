/**
 * Channels of the Verify step: the test command for the project, the diagnosis of its output (pasted, or the
 * file 03-verify.ps1 wrote, picked in a native dialog and read by main), and the import of the server state the
 * 00-collect scripts wrote. Main keeps the last test result and the imported state for the evidence report.
 */
import type { Diagnosis } from '../../core/diagnose/diagnose.js';
import type { TestCommand } from '../../core/diagnose/test-commands.js';
import type { Finding } from '../../core/findings.js';
import type { Project } from '../../core/model/project.js';
import type { StateSide } from '../../core/state/import-state.js';
import type { StateThumbprints } from '../../core/state/state-thumbprints.js';
import type { DroppedFile } from './dropped-file.js';

export interface VerifyPlan {
  commands: TestCommand[];
  /** The file 03-verify.ps1 writes the test's output to, beside the script. */
  outputFile: string;
}

export interface TestResult {
  /** "pasted", or the name of the imported file. */
  source: string;
  /** ISO-8601. */
  receivedAt: string;
  diagnosis: Diagnosis;
}

export interface ImportedServerState {
  side: StateSide;
  /** The file as the step names it: the path the project records, or a dropped file's name. */
  file: string;
  /**
   * As the project records it (`exchangeStateFile` / `lyncStateFile`): relative to the project file when it has one.
   * Null for a dropped file, whose location the app does not know.
   */
  projectPath: string | null;
  server: string;
  collectedAt: string;
  findings: Finding[];
  /** The thumbprints each side uses, from every state imported so far (for the metadata cross-check). */
  thumbprints: StateThumbprints;
}

export interface VerifyChannels {
  /** The test command(s) for the project; an error names testUserSipUri when the test user is missing or invalid. */
  'verify:plan': { args: [project: Project]; value: VerifyPlan };
  /** Diagnoses console text the user pasted. */
  'verify:diagnose-pasted': { args: [project: Project, text: string]; value: TestResult };
  /** The last test result of this session (pasted or imported), so the step shows it again; null when none yet. */
  'verify:last': { args: []; value: TestResult | null };
  /** Shows the Open dialog for the output file, reads it and diagnoses it; null when the user cancels. */
  'verify:import-output': { args: [project: Project]; value: TestResult | null };
  /** Diagnoses an output file dropped on the step. */
  'verify:drop-output': { args: [project: Project, dropped: DroppedFile]; value: TestResult };
  /** Checks a state file dropped on the step, of whichever side the file says it holds. */
  'state:drop': { args: [project: Project, dropped: DroppedFile]; value: ImportedServerState };
  /** Shows the Open dialog for a state file of that side, reads and checks it; null when the user cancels. */
  'state:import': { args: [project: Project, side: StateSide]; value: ImportedServerState | null };
  /** Reads and checks the state files the project names (exchangeStateFile, lyncStateFile). */
  'state:load': { args: [project: Project]; value: ImportedServerState[] };
}

export const verifyApiChannels = {
  verifyPlan: 'verify:plan',
  diagnosePastedOutput: 'verify:diagnose-pasted',
  lastTestResult: 'verify:last',
  importTestOutput: 'verify:import-output',
  dropTestOutput: 'verify:drop-output',
  dropServerState: 'state:drop',
  importServerState: 'state:import',
  loadServerState: 'state:load',
} as const satisfies Record<string, keyof VerifyChannels>;
