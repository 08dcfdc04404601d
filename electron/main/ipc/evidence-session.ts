/**
 * What the Verify step produced in this session, kept in main for the evidence report: the last test result with
 * the output it came from, and the server state imported for each side. Lost when the app closes, like any
 * unsaved work; the report is the record that stays.
 */
import type { StateImport, StateSide } from '../../core/state/import-state.js';
import type { TestResult } from '../../shared/channels/verify-channels.js';

export interface EvidenceSession {
  test: { result: TestResult; output: string; commands: string[] } | null;
  state: Partial<Record<StateSide, StateImport>>;
}

export function createEvidenceSession(): EvidenceSession {
  return { test: null, state: {} };
}
