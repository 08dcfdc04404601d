/**
 * End to end: the built renderer in headless Chromium, the real IPC handlers behind it. Fills the seed example,
 * walks to the last step with the keyboard on "Next step", switches archiving on with the keyboard, reads the
 * feature's script and the rollback order, then exports the bundle into a folder and saves the evidence report.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fillSeedTopology, openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/next');
const headings = ['Certificates', 'Metadata', 'Exchange trusts Lync', 'Lync trusts Exchange', 'Verify', 'Next'];

describe('the Next step, end to end', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard({ width: 1280, height: 900 });
    await fillSeedTopology(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is reached from Topology by pressing Enter on "Next step" six times, with the focus on its heading', async () => {
    const { page } = session;
    for (const heading of headings) {
      await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('button', { name: 'Next step' }).press('Enter');
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    expect(await page.getByRole('navigation', { name: 'Previous and next step' }).getByRole('button', { name: 'Next step' }).count()).toBe(0);
    await page.getByRole('heading', { level: 3, name: 'Optional features' }).waitFor();
    expect(await page.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }).isChecked()).toBe(false);
    await expect.poll(() => page.locator('[data-rollback]').count()).toBe(2);
  });

  it('Space on the archiving switch shows 04-enable-archiving.ps1 and puts its rollback first', async () => {
    const { page } = session;
    const archiving = page.getByRole('switch', { name: 'Archive IM transcripts into Exchange' });
    await archiving.focus();
    await page.keyboard.press('Space');
    expect(await archiving.isChecked()).toBe(true);
    const script = page.locator('[data-script="04-enable-archiving.ps1"]');
    await script.waitFor();
    expect(await script.textContent()).toContain('Set-CsArchivingConfiguration -Identity global -EnableArchiving ImOnly -EnableExchangeArchiving $true');
    await expect
      .poll(() => page.locator('[data-rollback]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rollback'))))
      .toEqual(['rollback/undo-04-enable-archiving.ps1', 'rollback/undo-02-lync-trust-exchange.ps1', 'rollback/undo-01-exchange-trust-lync.ps1']);
    await page.mouse.move(1270, 890);
    await page.screenshot({ path: join(shots, '01-archiving-on.png'), fullPage: true });
  });

  it('exports the bundle with the archiving scripts into a folder and saves the report listing them', async () => {
    const { page, backend, dataDir } = session;
    const folder = join(dataDir, 'hand-over');
    backend.dialogs.bundleFolder = folder;
    await page.getByRole('button', { name: 'Export to a folder…' }).click();
    await page.getByRole('status').filter({ hasText: `Exported 11 files to ${folder}` }).waitFor();
    const written = (await readdir(folder, { recursive: true })).map(String);
    expect(written).toEqual(expect.arrayContaining(['04-enable-archiving.ps1', 'rollback/undo-04-enable-archiving.ps1', 'RUNBOOK.html']));
    expect((await readFile(join(folder, '04-enable-archiving.ps1'), 'utf8')).startsWith('\uFEFF')).toBe(true);

    const report = join(dataDir, 'hand-over.html');
    backend.dialogs.report = report;
    await page.getByRole('button', { name: 'Save report as HTML…' }).click();
    await page.getByRole('status').filter({ hasText: `Report saved to ${report}` }).waitFor();
    const html = await readFile(report, 'utf8');
    expect(html).toContain('04-enable-archiving.ps1');
    expect(html).toContain('undo-04-enable-archiving.ps1');
    await page.mouse.move(1270, 890);
    await page.screenshot({ path: join(shots, '02-exported.png'), fullPage: true });
  });
});
