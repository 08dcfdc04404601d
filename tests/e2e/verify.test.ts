/**
 * End to end: the built renderer in headless Chromium with the real IPC handlers. The admin pastes a failing
 * output (copied from an 80-column console, Windows line ends) into the Verify step and sees its diagnosis and
 * fix; imports the Exchange state; saves the evidence report as PDF. Screenshots under test-results/e2e/verify/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pdfPageTexts } from '../helpers/pdf-text.js';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/verify');
const fixture = (path: string) => join(repo, 'tests/fixtures', path);

describe('the Verify step, end to end', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard();
    const { page } = session;
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    await page.locator('input[name="sipDomain"]').fill('contoso.com');
    await page.locator('input[name="lyncPoolFqdn"]').fill('pool01.contoso.com');
    await page.locator('input[name="exchangeAutodiscoverFqdn"]').fill('autodiscover.contoso.com');
    await page.getByRole('button', { name: 'Add Exchange server' }).click();
    await page.locator('input[name="exchangeServers[0]"]').fill('ex01.contoso.com');
    await page.locator('input[name="testUserSipUri"]').fill('sip:kenmyer@contoso.com');
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Verify' }).waitFor();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows the test command for the project user', async () => {
    const { page } = session;
    await page.getByText("Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@contoso.com' -DeleteItem -Verbose", { exact: true }).waitFor();
    await page.screenshot({ path: join(shots, '01-verify-command.png'), fullPage: true });
  });

  it('pastes a failing output and sees its diagnosis, the fix and the evidence', async () => {
    const { page } = session;
    const output = await readFile(fixture('diagnose/diag.wildcard-accepted-domain/verbose-80-columns-crlf.txt'), 'utf8');
    await page.getByLabel('Console output of the test').fill(output);
    await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
    const diagnosis = page.getByTestId('diagnosis');
    await diagnosis.waitFor();
    expect(await diagnosis.textContent()).toContain('The test failed. What the output means, and the fix:');
    expect(await diagnosis.textContent()).toContain('wrapped at 80 columns');
    const cause = diagnosis.locator('[data-finding-id="diag.wildcard-accepted-domain"]');
    expect(await cause.textContent()).toContain("Error: Exchange cannot match Lync's realm to an accepted domain (wildcard accepted domain)");
    expect(await cause.textContent()).toContain("New-AcceptedDomain -Name 'contoso.com' -DomainName 'contoso.com' -DomainType Authoritative");
    await diagnosis.getByText(`x-ms-diagnostics: 2000004;reason="The tenant for tenant guid 'contoso.com' does not exist.";error_category="invalid_tenant"`, { exact: true }).waitFor();
    expect(await page.locator('[data-finding-id="diag.oauth-401"]').count()).toBe(0);
    await cause.getByRole('button', { name: /^Copy the fix/ }).click();
    await expect.poll(() => session.backend.clipboard.at(-1)).toContain('Get-AcceptedDomain');
    await page.screenshot({ path: join(shots, '02-verify-diagnosis.png'), fullPage: true });
  });

  it('imports the Exchange state and saves the evidence report as PDF', async () => {
    const { page, backend, dataDir } = session;
    backend.dialogs.exchangeState = fixture('state/exchange-wildcard-accepted-domain.json');
    await page.getByRole('button', { name: 'Import Exchange state…' }).click();
    await page.locator('[data-side="exchange"] [data-finding-id="state.wildcard-accepted-domain"]').waitFor();
    const pdfPath = join(dataDir, 'contoso-evidence.pdf');
    backend.dialogs.report = pdfPath;
    await page.getByRole('button', { name: 'Save report as PDF…' }).click();
    await page.getByRole('status').filter({ hasText: `Report saved to ${pdfPath}` }).waitFor({ timeout: 60_000 });
    const text = pdfPageTexts(await readFile(pdfPath)).join('').replace(/\s+/g, '');
    for (const id of ['diag.wildcard-accepted-domain', 'state.wildcard-accepted-domain']) expect(text).toContain(`(${id})`);
    await page.screenshot({ path: join(shots, '03-verify-state-and-report.png'), fullPage: true });
  });
});
