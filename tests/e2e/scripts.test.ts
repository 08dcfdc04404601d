/**
 * End to end: the built renderer in headless Chromium, the real IPC handlers behind it. Fills the seed example,
 * reads the generated scripts in the "Exchange trusts Lync" and "Lync trusts Exchange" steps, copies a block,
 * and exports the bundle to a folder and as a zip (then shows each in the file manager); the exported scripts are the
 * golden ones.
 */
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fillSeedTopology, openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/scripts');
const golden = join(repo, 'tests/fixtures/golden/litwareinc');

/** The script from `#Requires` on: what does not depend on the project file's name or the time. */
const body = (text: string) => text.slice(text.indexOf('#Requires'));

describe('the script steps, end to end', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard({ width: 1280, height: 900 });
    await fillSeedTopology(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('Exchange trusts Lync shows 01-exchange-trust-lync.ps1 with a line per block, highlighted, and copies a block', async () => {
    const { page, backend } = session;
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Exchange trusts Lync', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Exchange trusts Lync 01-exchange-trust-lync.ps1' }).waitFor();
    const script = page.locator('[data-script="01-exchange-trust-lync.ps1"]');
    expect(await script.locator('.script-block-summary').count()).toBeGreaterThan(8);
    await expect.poll(() => script.locator('.ps-command').first().textContent()).toBeTruthy();
    expect(await script.textContent()).toContain("-AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync");
    await script.getByRole('button', { name: 'Copy block 13 of 01-exchange-trust-lync.ps1' }).click();
    await expect.poll(() => backend.clipboard.length).toBe(1);
    expect(backend.clipboard[0]).toContain('& iisreset.exe $server');
    await page.screenshot({ path: join(shots, '01-exchange-trusts-lync.png'), fullPage: true });
  });

  it('Lync trusts Exchange shows 02-lync-trust-exchange.ps1 and the other Lync scripts', async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Lync trusts Exchange', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Lync trusts Exchange 02-lync-trust-exchange.ps1' }).waitFor();
    expect(await page.locator('[data-script="02-lync-trust-exchange.ps1"]').textContent()).toContain('Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl');
    await page.locator('summary').filter({ hasText: 'The other Lync scripts' }).click();
    await page.locator('[data-script="03-verify.ps1"]').waitFor();
    await page.screenshot({ path: join(shots, '02-lync-trusts-exchange.png'), fullPage: true });
  });

  it('exports the bundle to a folder: the golden scripts, UTF-8 with BOM and CRLF', async () => {
    const { page, backend, dataDir } = session;
    const folder = join(dataDir, 'bundle');
    backend.dialogs.bundleFolder = folder;
    await page.getByRole('button', { name: 'Export to a folder…' }).click();
    await page.getByRole('status').filter({ hasText: `Exported 9 files to ${folder}` }).waitFor();
    const written = (await readdir(folder, { recursive: true })).map(String).sort();
    expect(written).toEqual((await readdir(golden, { recursive: true })).map(String).sort());
    for (const file of written.filter((f) => f.endsWith('.ps1'))) {
      const [exported, expected] = await Promise.all([readFile(join(folder, file), 'utf8'), readFile(join(golden, file), 'utf8')]);
      expect(exported.startsWith('\uFEFF')).toBe(true);
      expect({ file, body: body(exported) }).toEqual({ file, body: body(expected) });
    }
    await page.screenshot({ path: join(shots, '03-exported.png'), fullPage: true });
    await page.getByRole('button', { name: 'Show bundle in folder' }).click();
    await expect.poll(() => backend.shownInFolder).toEqual([folder]);
  });

  it('exports the bundle as a zip file', async () => {
    const { page, backend, dataDir } = session;
    const zip = join(dataDir, 'litwareinc-bundle.zip');
    backend.dialogs.bundleZip = zip;
    await page.getByRole('button', { name: 'Export as a zip file…' }).click();
    await page.getByRole('status').filter({ hasText: `Exported 9 files to ${zip}` }).waitFor();
    const bytes = await readFile(zip);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(9);
    await page.getByRole('button', { name: 'Show bundle in folder' }).click();
    await expect.poll(() => backend.shownInFolder).toEqual([join(dataDir, 'bundle'), zip]);
  });
});
