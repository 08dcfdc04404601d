import type { Finding, FindingId, Severity } from '../../../electron/core/findings';
import { emptyProject, type Project } from '../../../electron/core/model/project';
import { stepIds, type StepId } from '../steps/steps';
import { deriveStepStatus, openFindingCount, stepFindings, type PartReport, type StepFacts, type StepReport, type StepStatus } from './step-status';
import { createStepStatusStore } from './step-status-store';

const found = (id: FindingId, severity: Severity): Finding => ({ id, severity, title: id, detail: `${id} detail`, text: { detail: { key: `${id}.detail` } } });
const part = (complete: boolean, ...findings: Finding[]): PartReport => ({ complete, findings });
const facts = (report: StepReport, extra: Partial<StepFacts> = {}): StepFacts => ({ visited: true, report, project: emptyProject(), ...extra });
const stateOf = (step: StepId, given: StepFacts) => deriveStepStatus(step, given).state;

const expiresSoon = found('cert.expires-soon', 'warning');
const expired = found('cert.expired', 'error');
const note = found('cert.self-signed', 'info');

describe('deriveStepStatus: not started and in progress', () => {
  it.each(stepIds)('%s is not started when never opened, with nothing published and nothing in the project', (step) => {
    expect(deriveStepStatus(step, { visited: false, report: {}, project: emptyProject() })).toEqual({ state: 'not-started', done: false, errors: 0, warnings: 0, notes: 0 });
    expect(stateOf(step, { visited: false, report: {}, project: null })).toBe('not-started');
  });

  it.each(stepIds.filter((step) => step !== 'next'))('%s is in progress once opened, while nothing completes it', (step) => {
    expect(stateOf(step, facts({}))).toBe('in-progress');
  });

  it('counts what a reopened project already holds as started, without the step being opened', () => {
    const project: Project = {
      ...emptyProject(),
      sipDomain: 'litwareinc.com',
      certificates: { oauthIssuer: 'oauth.pfx', exchangeAuth: null },
      exchangeMetadataFile: 'exchange-metadata.json',
      lyncStateFile: 'lync-state.json',
      options: { ...emptyProject().options, exchangeTrustConfigured: true, archiving: true },
    };
    const unopened = (step: StepId) => stateOf(step, { visited: false, report: {}, project });
    expect(stepIds.map(unopened)).toEqual(['in-progress', 'in-progress', 'in-progress', 'in-progress', 'not-started', 'in-progress', 'in-progress']);
    expect(stateOf('certificates', { visited: false, report: {}, project: { ...emptyProject(), trustedCaFiles: ['ca.cer'] } })).toBe('in-progress');
    expect(stateOf('topology', { visited: false, report: {}, project: { ...emptyProject(), exchangeServers: ['atl-exchange-001.litwareinc.com'] } })).toBe('in-progress');
  });

  it('counts a published part as started even when the step is not the one on screen', () => {
    expect(stateOf('metadata', facts({ lync: part(false) }, { visited: false }))).toBe('in-progress');
  });
});

describe('deriveStepStatus: worst severity and done', () => {
  it('an error outranks everything, and a step with an error is never done', () => {
    const status = deriveStepStatus('topology', facts({ main: part(true, expiresSoon, expired, note) }));
    expect(status).toEqual({ state: 'error', done: false, errors: 1, warnings: 1, notes: 1 });
  });

  it('warnings without an error: done with warnings when complete, in progress with warnings when not', () => {
    expect(deriveStepStatus('topology', facts({ main: part(true, expiresSoon, note) }))).toEqual({ state: 'warning', done: true, errors: 0, warnings: 1, notes: 1 });
    expect(deriveStepStatus('certificates', facts({ oauthIssuer: part(true, expiresSoon) }))).toEqual({ state: 'warning', done: false, errors: 0, warnings: 1, notes: 0 });
  });

  it('notes and ok findings leave a complete step done', () => {
    expect(deriveStepStatus('topology', facts({ main: part(true, note, found('diag.success', 'ok')) }))).toEqual({ state: 'done', done: true, errors: 0, warnings: 0, notes: 1 });
  });

  it('topology is done once the project check came back without an error', () => {
    expect(stateOf('topology', facts({ main: part(true) }))).toBe('done');
    expect(stateOf('topology', facts({ main: part(false) }))).toBe('in-progress');
  });

  it('certificates need both certificates read; a probe adds its findings but is not required', () => {
    expect(stateOf('certificates', facts({ oauthIssuer: part(true), 'probe-pool': part(true) }))).toBe('in-progress');
    expect(stateOf('certificates', facts({ oauthIssuer: part(true), exchangeAuth: part(false) }))).toBe('in-progress');
    expect(stateOf('certificates', facts({ oauthIssuer: part(true), exchangeAuth: part(true) }))).toBe('done');
    expect(stateOf('certificates', facts({ oauthIssuer: part(true), exchangeAuth: part(true), 'probe-pool': part(true, found('cert.hostname-mismatch', 'error')) }))).toBe('error');
  });

  it('metadata needs both documents read; the trust probe is not required but its error counts', () => {
    expect(stateOf('metadata', facts({ lync: part(true), trust: part(true) }))).toBe('in-progress');
    expect(stateOf('metadata', facts({ lync: part(true), exchange: part(true) }))).toBe('done');
    expect(stateOf('metadata', facts({ lync: part(true), exchange: part(true), trust: part(true, found('exchange.does-not-trust-lync', 'error')) }))).toBe('error');
  });

  it('Exchange trusts Lync is done when the bundle generates and the Exchange side is marked as run', () => {
    const marked = { ...emptyProject(), options: { ...emptyProject().options, exchangeTrustConfigured: true } };
    expect(stateOf('exchangeTrustsLync', facts({ main: part(true) }))).toBe('in-progress');
    expect(stateOf('exchangeTrustsLync', facts({ main: part(true) }, { project: marked }))).toBe('done');
    expect(stateOf('exchangeTrustsLync', facts({ main: part(false) }, { project: marked }))).toBe('in-progress');
  });

  it('Lync trusts Exchange is done when the bundle generates without an error', () => {
    expect(stateOf('lyncTrustsExchange', facts({ main: part(false) }))).toBe('in-progress');
    expect(stateOf('lyncTrustsExchange', facts({ main: part(true) }))).toBe('done');
    expect(deriveStepStatus('lyncTrustsExchange', facts({ main: part(true, found('script.trust-any-certificate', 'warning')) }))).toMatchObject({ state: 'warning', done: true });
  });

  it('verify is done only when a diagnosis says the test succeeded', () => {
    expect(stateOf('verify', facts({ test: part(false, found('diag.unknown', 'warning')) }))).toBe('warning');
    expect(stateOf('verify', facts({ state: part(true) }))).toBe('in-progress');
    expect(stateOf('verify', facts({ test: part(true, found('diag.success', 'ok')), state: part(true) }))).toBe('done');
    expect(stateOf('verify', facts({ test: part(true, found('diag.success', 'ok')), state: part(true, found('state.duplicate-lync-partner-applications', 'error')) }))).toBe('error');
  });

  it('Next is done once opened', () => {
    expect(stateOf('next', facts({}, { visited: true }))).toBe('done');
    expect(stateOf('next', facts({}, { visited: false }))).toBe('not-started');
  });
});

describe('stepFindings and openFindingCount', () => {
  it('gathers the parts’ findings worst first, keeping the order within a severity', () => {
    const second = found('cert.key-too-small', 'error');
    expect(stepFindings({ lync: part(true, note, expired), exchange: part(true, expiresSoon, second) })).toEqual([expired, second, expiresSoon, note]);
  });

  it('counts errors and warnings of every step, not notes', () => {
    const status = (errors: number, warnings: number): StepStatus => ({ state: 'in-progress', done: false, errors, warnings, notes: 5 });
    const statuses = Object.fromEntries(stepIds.map((step, index) => [step, status(index, 1)])) as Record<StepId, StepStatus>;
    expect(openFindingCount(statuses)).toBe(0 + 1 + 2 + 3 + 4 + 5 + 6 + 7);
  });
});

describe('the step status store', () => {
  it('replaces and removes parts, and tells nobody when a publish changes nothing', () => {
    const store = createStepStatusStore();
    let changes = 0;
    store.subscribe(() => (changes += 1));
    const findings = [expired];
    store.getState().publish('certificates', 'oauthIssuer', part(true, ...findings));
    store.getState().publish('certificates', 'oauthIssuer', { complete: true, findings: [...findings] });
    expect(changes).toBe(1);
    store.getState().publish('certificates', 'exchangeAuth', part(false));
    store.getState().publish('certificates', 'oauthIssuer', part(false, ...findings));
    expect(Object.keys(store.getState().reports.certificates ?? {})).toEqual(['oauthIssuer', 'exchangeAuth']);
    store.getState().publish('certificates', 'oauthIssuer', null);
    store.getState().publish('certificates', 'oauthIssuer', null);
    expect(store.getState().reports.certificates).toEqual({ exchangeAuth: part(false) });
    expect(changes).toBe(4);
  });

  it('forgets visits and reports on reset, counting the resets', () => {
    const store = createStepStatusStore();
    store.getState().markVisited('metadata');
    store.getState().publish('metadata', 'lync', part(true));
    store.getState().reset();
    expect(store.getState()).toMatchObject({ visited: {}, reports: {}, generation: 1 });
  });
});
