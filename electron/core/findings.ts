/**
 * The Finding shape and the catalogue of finding ids (design.md §5).
 * Ids are stable: tests, the UI and the report key on them. Each id has exactly one place in the
 * source that raises it (checked by findings.test.ts) and at least one test that triggers it.
 */
import { projectFindings } from './model/project-findings.js';
import { certFindings } from './certs/cert-findings.js';
import { exchangeTrustFindings, metadataFindings } from './metadata/metadata-findings.js';
import { scriptFindings } from './powershell/script-findings.js';
import { diagnoseFindings } from './diagnose/diagnose-findings.js';
import { stateFindings } from './state/state-findings.js';
import { english } from './message-catalogue.js';
import type { Message } from './messages.js';

export type Severity = 'error' | 'warning' | 'info' | 'ok';

export const severityOrder: readonly Severity[] = ['error', 'warning', 'info', 'ok'];

/** Each area keeps its ids (and default titles) in its own file; this is the one catalogue they form. */
export const findingCatalogue = {
  ...projectFindings,
  ...certFindings,
  ...metadataFindings,
  ...exchangeTrustFindings,
  ...scriptFindings,
  ...diagnoseFindings,
  ...stateFindings,
} as const satisfies Record<string, string>;

export type FindingId = keyof typeof findingCatalogue;

export interface Finding {
  id: FindingId;
  severity: Severity;
  title: string;
  detail: string;
  /** What to do about it; may hold a command. */
  fix?: string;
  /** Which certificate, URL or field (dotted path, e.g. `exchangeServers[1]`). */
  subject?: string;
  /** `detail` and `fix` as messages (message-catalogue.ts), for the UI to say in the user's language; commands are values. */
  text: { detail: Message; fix?: Message };
}

/** The finding, its detail and fix rendered in English from their messages. */
export function finding(
  id: FindingId,
  severity: Severity,
  fields: { detail: Message; fix?: Message; subject?: string },
): Finding {
  const { detail, fix, subject } = fields;
  return {
    id,
    severity,
    title: findingCatalogue[id],
    ...(subject === undefined ? {} : { subject }),
    detail: english(detail),
    ...(fix === undefined ? {} : { fix: english(fix) }),
    text: fix === undefined ? { detail } : { detail, fix },
  };
}

export function isFindingId(value: string): value is FindingId {
  return Object.hasOwn(findingCatalogue, value);
}

/** Worst first, stable otherwise. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity));
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
