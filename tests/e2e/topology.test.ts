/**
 * End to end: the built renderer in headless Chromium, the real IPC handlers behind it. Fills the Topology step
 * with the seed's example, saves the project, checks the file on disk, and leaves a screenshot per step visited.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const shots = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e/topology');

const seed = {
  sipDomain: 'litwareinc.com',
  lyncPoolFqdn: 'atl-cs-001.litwareinc.com',
  exchangeAutodiscoverFqdn: 'autodiscover.litwareinc.com',
  exchangeServer: 'atl-exchange-001.litwareinc.com',
  testUserSipUri: 'sip:kenmyer@litwareinc.com',
};

describe('the Topology step, end to end', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows a finding from core beside a wrong field, and clears it when fixed', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    await page.locator('input[name="lyncPoolFqdn"]').fill('atl cs 001');
    const finding = page.locator('[data-field="lyncPoolFqdn"] [data-finding-id="project.invalid-fqdn"]');
    await finding.waitFor();
    expect(await finding.textContent()).toContain("'atl cs 001' is not a valid fully qualified domain name");
    expect(await page.locator('input[name="lyncPoolFqdn"]').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(shots, '01-topology-invalid.png'), fullPage: true });
    await page.locator('input[name="lyncPoolFqdn"]').fill(seed.lyncPoolFqdn);
    await finding.waitFor({ state: 'detached' });
  });

  it('fills the seed example, shows the derived metadata URLs and no error', async () => {
    const { page } = session;
    await page.locator('input[name="sipDomain"]').fill(seed.sipDomain);
    await page.locator('input[name="exchangeAutodiscoverFqdn"]').fill(seed.exchangeAutodiscoverFqdn);
    if ((await page.locator('input[name="exchangeServers[0]"]').count()) === 0) await page.getByRole('button', { name: 'Add Exchange server' }).click();
    await page.locator('input[name="exchangeServers[0]"]').fill(seed.exchangeServer);
    await page.locator('input[name="testUserSipUri"]').fill(seed.testUserSipUri);
    await page.locator('summary').filter({ hasText: 'Advanced' }).click();
    const lyncUrl = page.locator('input[name="lyncMetadataUrl"]');
    await expect.poll(() => lyncUrl.getAttribute('placeholder')).toBe('https://atl-cs-001.litwareinc.com/metadata/json/1');
    await expect.poll(() => page.locator('input[name="exchangeMetadataUrl"]').getAttribute('placeholder')).toBe('https://autodiscover.litwareinc.com/autodiscover/metadata/json/1');
    await expect.poll(() => page.locator('[data-finding-id]').count()).toBe(0);
    await page.screenshot({ path: join(shots, '02-topology-filled.png'), fullPage: true });
  });

  it('saves the project through the real handler and writes it to disk', async () => {
    const { page, backend, dataDir } = session;
    const file = join(dataDir, 'litwareinc.s2s.json');
    backend.dialogs.save = file;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${file}` }).waitFor();
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved).toMatchObject({
      schemaVersion: 1,
      sipDomain: seed.sipDomain,
      realm: null,
      lyncPoolFqdn: seed.lyncPoolFqdn,
      exchangeAutodiscoverFqdn: seed.exchangeAutodiscoverFqdn,
      exchangeServers: [seed.exchangeServer],
      testUserSipUri: seed.testUserSipUri,
      lyncMetadataUrl: null,
      exchangeMetadataUrl: null,
    });
  });

  it('keeps the work across a reload (autosave)', async () => {
    const { page } = session;
    await page.locator('input[name="realm"]').fill('litwareinc.com');
    await expect.poll(async () => JSON.parse(await readFile(session.backend.autosaveFile, 'utf8')).project.realm, { timeout: 5000 }).toBe('litwareinc.com');
    await page.reload();
    await page.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.locator('input[name="realm"]').inputValue()).toBe('litwareinc.com');
    expect(await page.locator('input[name="lyncPoolFqdn"]').inputValue()).toBe(seed.lyncPoolFqdn);
  });

  it('visits every step of the rail', async () => {
    const { page } = session;
    const steps = ['Topology', 'Certificates', 'Metadata', 'Exchange trusts Lync', 'Lync trusts Exchange', 'Verify', 'Next'];
    for (const [index, name] of steps.entries()) {
      await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name, exact: true }).click();
      await page.getByRole('heading', { level: 2, name }).waitFor();
      await page.screenshot({ path: join(shots, `${String(index + 3).padStart(2, '0')}-${name.toLowerCase().replaceAll(' ', '-')}.png`) });
    }
  });
});
