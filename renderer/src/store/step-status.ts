/**
 * What the step rail and the summary say about each step, derived from what the steps published (their findings
 * and whether their part of the job is complete), whether the user has opened the step, and the project. Pure, so
 * every state can be reached in a unit test.
 *
 * A step is made of parts that publish on their own (the Certificates step: each certificate slot and each
 * endpoint probe; the Metadata step: each side's document and the trust probe); a step's findings are all of its
 * parts' findings.
 *
 * When a step is done:
 * - topology: the project check (run for every change, whatever step is shown) came back (part `main`) with no
 *   error finding;
 * - certificates: both certificates (parts `oauthIssuer`, `exchangeAuth`) were read, and no error finding (the
 *   endpoint probes' findings count, a probe itself is not required);
 * - metadata: both documents (parts `lync`, `exchange`) were fetched, imported or pasted and read, and no error
 *   finding (the trust probe's findings count, the probe itself is not required);
 * - exchangeTrustsLync: the bundle generates (part `main`) with no error finding, and the user marked the Exchange
 *   side as run (`options.exchangeTrustConfigured`, the check box on the Metadata step);
 * - lyncTrustsExchange: the bundle generates with no error finding (nothing records that its script was run);
 * - verify: a diagnosis of the test's output says it succeeded (part `test`), and no error finding (imported server
 *   state included);
 * - next: once opened.
 * A step with an error finding is never done. "In progress": opened, or with data in the project or a published
 * part, but not done. "Not started": none of these.
 */
import type { Finding, Severity } from '../../../electron/core/findings';
import type { Project } from '../../../electron/core/model/project';
import { stepIds, type StepId } from '../steps/steps';

export interface PartReport {
  findings: readonly Finding[];
  /** This part's share of the job is there (a certificate read, a document read, a test passed…). */
  complete: boolean;
}

/** A step's parts by name. */
export type StepReport = Readonly<Record<string, PartReport>>;

/** What the rail shows, worst first: an error outranks a warning, which outranks done. */
export type StepState = 'error' | 'warning' | 'done' | 'in-progress' | 'not-started';

export interface StepStatus {
  state: StepState;
  /** Done as defined above; a step with warnings may be done (then its state is `warning`). */
  done: boolean;
  errors: number;
  warnings: number;
  /** Findings of severity info. */
  notes: number;
}

export interface StepFacts {
  visited: boolean;
  report: StepReport;
  project: Project | null;
}

const isComplete = (report: StepReport, part: string) => report[part]?.complete === true;

const doneWhen: Record<StepId, (facts: StepFacts) => boolean> = {
  topology: ({ report }) => isComplete(report, 'main'),
  certificates: ({ report }) => isComplete(report, 'oauthIssuer') && isComplete(report, 'exchangeAuth'),
  metadata: ({ report }) => isComplete(report, 'lync') && isComplete(report, 'exchange'),
  exchangeTrustsLync: ({ report, project }) => isComplete(report, 'main') && project?.options.exchangeTrustConfigured === true,
  lyncTrustsExchange: ({ report }) => isComplete(report, 'main'),
  verify: ({ report }) => isComplete(report, 'test'),
  next: ({ visited }) => visited,
};

/** What the project file already holds for a step, so a reopened project's steps are not "not started". */
const dataIn: Record<StepId, (project: Project) => boolean> = {
  topology: (p) => [p.sipDomain, p.lyncPoolFqdn, p.exchangeAutodiscoverFqdn, p.testUserSipUri].some((value) => value !== '') || p.exchangeServers.length > 0,
  certificates: (p) => p.certificates.oauthIssuer !== null || p.certificates.exchangeAuth !== null || p.trustedCaFiles.length > 0,
  metadata: (p) => p.lyncMetadataFile !== null || p.exchangeMetadataFile !== null,
  exchangeTrustsLync: (p) => p.options.exchangeTrustConfigured === true,
  lyncTrustsExchange: () => false,
  verify: (p) => p.exchangeStateFile !== null || p.lyncStateFile !== null,
  next: (p) => p.options.archiving || p.options.unifiedContactStore,
};

/** Worst first, as core's severityOrder (the renderer takes only types from core). */
const severityRank: Record<Severity, number> = { error: 0, warning: 1, info: 2, ok: 3 };
const rank = (severity: Severity) => severityRank[severity];

/** Every finding a step's parts published, worst first (parts in the order they published, as found within). */
export function stepFindings(report: StepReport): Finding[] {
  return Object.values(report)
    .flatMap((part) => part.findings)
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => rank(a.finding.severity) - rank(b.finding.severity) || a.index - b.index)
    .map(({ finding }) => finding);
}

export function deriveStepStatus(step: StepId, facts: StepFacts): StepStatus {
  const findings = stepFindings(facts.report);
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const errors = count('error');
  const warnings = count('warning');
  const done = errors === 0 && doneWhen[step](facts);
  const started = facts.visited || Object.keys(facts.report).length > 0 || (facts.project !== null && dataIn[step](facts.project));
  const state: StepState = errors > 0 ? 'error' : !started ? 'not-started' : warnings > 0 ? 'warning' : done ? 'done' : 'in-progress';
  return { state, done, errors, warnings, notes: count('info') };
}

/** The open findings (error and warning) of all steps together: the number beside the summary's entry in the rail. */
export function openFindingCount(statuses: Readonly<Record<StepId, StepStatus>>): number {
  return stepIds.reduce((sum, step) => sum + statuses[step].errors + statuses[step].warnings, 0);
}
