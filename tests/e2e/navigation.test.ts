/**
 * End to end: the step rail's states and the summary of open findings, in the built renderer in headless Chromium
 * with the real IPC handlers. Topology starts in error and is done once filled in; a failed test imported on the
 * Verify step puts Verify in error and its finding in the summary, whose button goes back to the step with focus on
 * its heading. Screenshots under test-results/e2e/navigation/.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { fillSeedTopology, openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/navigation');
const stepOrder = ['topology', 'certificates', 'metadata', 'exchangeTrustsLync', 'lyncTrustsExchange', 'verify', 'next'] as const;

/** Each step's state as the rail carries it: its data-state, and the description a screen reader reads after the name. */
async function railStates(page: Page): Promise<Record<string, { state: string; description: string }>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLLIElement>('.step-rail li')].map((item) => {
        const button = item.querySelector('button') as HTMLButtonElement;
        const description = document.getElementById(button.getAttribute('aria-describedby') ?? '');
        return [item.dataset.step ?? '', { state: description?.dataset.state ?? '', description: description?.textContent ?? '' }];
      }),
    ),
  );
}

async function stateOf(page: Page, step: (typeof stepOrder)[number]): Promise<string> {
  return (await railStates(page))[step]?.state ?? '';
}

const summaryEntry = (page: Page) => page.locator('.rail-summary button');
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);

describe('navigation: the rail states and the summary, end to end', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('starts with Topology in error and every other step not started, in words and an icon', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    await expect.poll(() => stateOf(page, 'topology')).toBe('error');
    const states = await railStates(page);
    expect(Object.keys(states)).toEqual([...stepOrder]);
    expect(states.topology?.description).toMatch(/^✖ Errors: \d+$/);
    for (const step of stepOrder.slice(1)) expect(states[step]).toEqual({ state: 'not-started', description: '○ Not started' });
    const errors = Number(/\d+/.exec(states.topology?.description ?? '')?.[0]);
    expect(await summaryEntry(page).textContent()).toBe(`Summary of findings ${errors} open`);
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, '01-rail-new-project.png') });
  });

  it('lists the open findings on the summary, and its button goes back to the step with focus on the heading', async () => {
    const { page } = session;
    await summaryEntry(page).click();
    await page.getByRole('heading', { level: 2, name: 'Summary of open findings' }).waitFor();
    expect(await focusedId(page)).toBe('step-heading');
    expect(await summaryEntry(page).getAttribute('aria-current')).toBe('page');
    const topology = page.getByRole('region', { name: 'Topology' });
    expect(await topology.locator('[data-finding-id="project.required"]').count()).toBeGreaterThan(1);
    expect(await page.getByRole('region', { name: 'Certificates' }).textContent()).toContain('Not opened yet');
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, '02-summary-topology-errors.png'), fullPage: true });

    await topology.getByRole('button', { name: 'Go to Topology' }).click();
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    expect(await focusedId(page)).toBe('step-heading');
    expect(await summaryEntry(page).getAttribute('aria-current')).toBeNull();
  });

  it('marks Topology done once filled in, an opened step in progress, and Next done once opened', async () => {
    const { page } = session;
    await fillSeedTopology(page);
    await expect.poll(() => stateOf(page, 'topology')).toBe('done');
    expect((await railStates(page)).topology?.description).toBe('✔ Done');
    expect(await summaryEntry(page).textContent()).toBe('Summary of findings 0 open');

    await page.locator('.step-rail button').nth(stepOrder.indexOf('certificates')).click();
    await page.getByRole('heading', { level: 2, name: 'Certificates' }).waitFor();
    await page.locator('.step-rail button').nth(stepOrder.indexOf('next')).click();
    await page.getByRole('heading', { level: 2, name: 'Next' }).waitFor();
    const states = await railStates(page);
    expect(states.certificates).toEqual({ state: 'in-progress', description: '◐ In progress' });
    expect(states.next).toEqual({ state: 'done', description: '✔ Done' });
    expect(states.metadata?.state).toBe('not-started');
  });

  it('puts a failed test in Verify’s state, in the count and on the summary, and goes to Verify from there', async () => {
    const { page, backend } = session;
    await page.locator('.step-rail button').nth(stepOrder.indexOf('verify')).click();
    await page.getByRole('heading', { level: 2, name: 'Verify' }).waitFor();
    backend.dialogs.testOutput = join(repo, 'tests/fixtures/diagnose/diag.oauth-401/verbose-no-lync-issuer.txt');
    await page.getByRole('button', { name: 'Import output file…' }).click();
    await page.getByTestId('diagnosis').waitFor();
    await expect.poll(() => stateOf(page, 'verify')).toBe('error');
    expect((await railStates(page)).verify?.description).toBe('✖ Errors: 1');
    expect(await summaryEntry(page).textContent()).toBe('Summary of findings 1 open');
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, '03-rail-verify-error.png') });

    await summaryEntry(page).click();
    const verify = page.getByRole('region', { name: 'Verify' });
    await verify.waitFor();
    expect(await verify.locator('[data-finding-id]').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-finding-id')))).toEqual(['diag.oauth-401']);
    expect(await page.getByRole('region', { name: 'Topology' }).textContent()).toContain('No open findings.');
    expect(await page.locator('.summary-total').textContent()).toBe('Open: 1 error(s), 0 warning(s).');
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, '04-summary-verify-error.png'), fullPage: true });

    await verify.getByRole('button', { name: 'Go to Verify' }).click();
    await page.getByRole('heading', { level: 2, name: 'Verify' }).waitFor();
    expect(await focusedId(page)).toBe('step-heading');
    expect(await page.locator('.step-rail button').nth(stepOrder.indexOf('verify')).getAttribute('aria-current')).toBe('step');
  });

  it('says the same in Korean', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    expect((await railStates(page)).verify?.description).toBe('✖ 오류 1개');
    expect(await summaryEntry(page).textContent()).toBe('검사 결과 요약 미해결 1개');
    await summaryEntry(page).click();
    await page.getByRole('heading', { level: 2, name: '미해결 검사 결과 요약' }).waitFor();
    expect(await page.getByRole('region', { name: '확인' }).getByRole('button', { name: '확인 단계로 이동' }).count()).toBe(1);
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, '05-summary-ko.png'), fullPage: true });
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
  });
});
