/**
 * End to end, the wizard never loses the user's place: the built renderer in headless Chromium, the real IPC
 * handlers behind it. Projects saved through the Save dialog land in the Recent projects list, which opens them
 * again; after a reload the wizard offers the autosaved work (Restore brings it back with its unsaved change,
 * Start new leaves the autosave alone until something changes). Screenshots under test-results/e2e/persistence/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { fillSeedTopology, openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/persistence');

/** axe-core's serious and critical violations on the page as it is (evaluated over DevTools, so the CSP stays as shipped). */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await readFile(join(repo, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.id}: ${violation.help}`);
}

async function autosavedRealm(session: WizardSession): Promise<unknown> {
  const text = await readFile(session.backend.autosaveFile, 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { project?: { realm?: unknown } }).project?.realm;
}

function offer(page: Page) {
  return page.getByRole('region', { name: 'Restore your last project?' });
}

describe('persistence: recent projects and the restore offer, end to end', () => {
  let session: WizardSession;
  let litware: string;
  let contoso: string;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard();
    litware = join(session.dataDir, 'litware.s2s.json');
    contoso = join(session.dataDir, 'contoso.s2s.json');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('lists the projects saved through the Save dialog, newest first, and opens one from the list', async () => {
    const { page, backend } = session;
    await fillSeedTopology(page);
    backend.dialogs.save = litware;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${litware}` }).waitFor();
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await page.locator('input[name="sipDomain"]').fill('contoso.com');
    backend.dialogs.save = contoso;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${contoso}` }).waitFor();

    const recent = page.getByRole('button', { name: 'Recent projects' });
    await recent.click();
    const list = page.getByRole('list', { name: 'Recent projects, most recent first' });
    await list.waitFor();
    expect(await recent.getAttribute('aria-expanded')).toBe('true');
    expect(await list.locator('.recent-project-name').allTextContents()).toEqual(['contoso.s2s.json', 'litware.s2s.json']);
    expect(await list.locator('.recent-project-path').allTextContents()).toEqual([contoso, litware]);
    await page.screenshot({ path: join(shots, '01-recent-projects.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await list.getByRole('button', { name: /^litware\.s2s\.json/ }).click();
    await page.getByRole('status').filter({ hasText: `Opened ${litware}` }).waitFor();
    expect(await page.locator('input[name="sipDomain"]').inputValue()).toBe('litwareinc.com');
    expect(await page.locator('input[name="lyncPoolFqdn"]').inputValue()).toBe('atl-cs-001.litwareinc.com');
    expect(await list.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Recent projects');
  });

  it('after a reload, offers the autosaved work by file and time; Restore brings back its unsaved change', async () => {
    const { page, backend } = session;
    await page.locator('input[name="realm"]').fill('litwareinc.com');
    await expect.poll(() => autosavedRealm(session), { timeout: 5000 }).toBe('litwareinc.com');
    const savedAt = (JSON.parse(await readFile(backend.autosaveFile, 'utf8')) as { savedAt: string }).savedAt;

    await page.reload();

    await offer(page).waitFor();
    const when = await page.evaluate((iso) => new Intl.DateTimeFormat(navigator.languages[0], { dateStyle: 'medium', timeStyle: 'medium' }).format(new Date(iso)), savedAt);
    expect(await offer(page).textContent()).toContain(`Your last project is litware.s2s.json (${litware}).Autosaved ${when}.`);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Restore');
    expect(await page.locator('input[name="sipDomain"]').count()).toBe(0);
    await page.screenshot({ path: join(shots, '02-restore-offer.png') });
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Enter');

    await expect.poll(() => page.locator('input[name="realm"]').inputValue()).toBe('litwareinc.com');
    expect(await page.locator('input[name="lyncPoolFqdn"]').inputValue()).toBe('atl-cs-001.litwareinc.com');
    expect(await page.locator('.file-name').textContent()).toBe('litware.s2s.json');
    await page.getByText('Unsaved changes').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    await expect.poll(() => backend.unsavedWork.project?.realm).toBe('litwareinc.com');
  });

  it('Start new leaves the autosave as it was, so the next start still offers it', async () => {
    const { page, backend } = session;
    const before = await readFile(backend.autosaveFile, 'utf8');
    await page.reload();
    await page.getByRole('button', { name: 'Start new' }).click();
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    expect(await page.locator('input[name="sipDomain"]').inputValue()).toBe('');
    // Well past the autosave's half-second debounce.
    await page.waitForTimeout(1500);
    expect(await readFile(backend.autosaveFile, 'utf8')).toBe(before);

    await page.reload();
    await offer(page).waitFor();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('input[name="realm"]').inputValue()).toBe('litwareinc.com');
  });

  it('offers it in Korean too', async () => {
    const { page } = session;
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ko');
    await page.reload();
    await page.getByRole('region', { name: '마지막 프로젝트를 복원하시겠습니까?' }).waitFor();
    await page.screenshot({ path: join(shots, '03-restore-offer-ko.png') });
    await page.getByRole('button', { name: '복원' }).click();
    await page.getByRole('combobox', { name: '언어' }).selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
  });
});
