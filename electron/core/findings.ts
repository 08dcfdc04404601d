/**
 * The Finding shape and the catalogue of finding ids (design.md §5).
 * Ids are stable: tests, the UI and the report key on them. Each id has exactly one place in the
 * source that raises it (checked by findings.test.ts) and at least one test that triggers it.
 */
export type Severity = 'error' | 'warning' | 'info' | 'ok';

export const severityOrder: readonly Severity[] = ['error', 'warning', 'info', 'ok'];

export const findingCatalogue = {
  'project.required': 'A required value is missing',
  'project.invalid-fqdn': 'Not a valid fully qualified domain name',
  'project.invalid-sip-uri': 'Not a valid SIP URI',
  'project.sip-domain-mismatch': "The test user's SIP domain differs from the SIP domain",
  'project.invalid-url': 'Not a valid https URL',
  'project.autodiscover-url-path': 'The Exchange metadata URL has the wrong path',
  'project.invalid-path': 'Not a valid Windows folder path',
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
}

export function finding(
  id: FindingId,
  severity: Severity,
  fields: { detail: string; fix?: string; subject?: string },
): Finding {
  return { id, severity, title: findingCatalogue[id], ...fields };
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
