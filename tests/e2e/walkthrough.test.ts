/**
 * End to end, the whole job in one go (issue 7, item 7): the built renderer in headless Chromium at 1280×800 with
 * the real IPC handlers, from the new project the wizard starts with, through every step. Loopback HTTPS servers
 * stand in for the Lync pool and Exchange (metadata documents whose keys are the test's certificates, and EWS's
 * trust answer), their CA trusted through the project's trustedCaFiles; the bundle is exported as a zip and to a
 * folder, a passing test output is diagnosed, and the evidence report is saved as HTML. After each step the test
 * checks what the step did (findings, files on disk, the rail), then keeps a screenshot of it in English and
 * Korean, light and dark: test-results/e2e/walkthrough/<language>-<theme>/<nn>-<step>.png.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { thumbprintOf } from '../helpers/metadata-documents.js';
import { startWalkthroughFixture, walkthroughTopology, type WalkthroughFixture } from '../helpers/walkthrough-fixture.js';
import { walkThrough, type WalkthroughStep } from '../helpers/walkthrough-steps.js';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const shots = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e/walkthrough');
const looks = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'ko', theme: 'light' },
  { language: 'ko', theme: 'dark' },
] as const;
type Look = (typeof looks)[number];

const findingIds = (page: Page, scope: string) => page.locator(`${scope} [data-finding-id]`).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-finding-id')));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

async function setLook(page: Page, { language, theme }: Look): Promise<void> {
  await page.getByRole('combobox', { name: /^(Language|언어)$/ }).selectOption(language);
  await page.getByRole('combobox', { name: /^(Theme|테마)$/ }).selectOption(theme);
  await page.waitForFunction(([lang, look]) => document.documentElement.lang === lang && document.documentElement.dataset.theme === look, [language, theme] as const);
}

/** The step in the four looks, the window scrolled to what the step is about; then back to English and light. */
async function screenshotStep(page: Page, step: Pick<WalkthroughStep, 'id'>, index: number): Promise<void> {
  for (const look of looks) {
    await setLook(page, look);
    if (step.id === 'verify') await page.getByTestId('diagnosis').evaluate((element) => element.closest('section')?.scrollIntoView({ block: 'start' }));
    else await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(1279, 799); // no hover highlight in the pictures
    const path = join(shots, `${look.language}-${look.theme}`, `${String(index + 1).padStart(2, '0')}-${step.id}.png`);
    expect(pngSize(await page.screenshot({ path }))).toEqual([1280, 800]);
  }
  await setLook(page, looks[0]);
}

describe('the full walk-through, end to end', () => {
  let session: WizardSession;
  let fixture: WalkthroughFixture;

  beforeAll(async () => {
    for (const look of looks) await mkdir(join(shots, `${look.language}-${look.theme}`), { recursive: true });
    session = await openWizard({ width: 1280, height: 800 }, { locale: 'en-US' });
    fixture = await startWalkthroughFixture(session);
  });

  afterAll(async () => {
    await fixture?.close();
    await session?.close();
  });

  it('goes from a new project through every step, checks each outcome, and keeps a screenshot of each in four looks', { timeout: 300_000 }, async () => {
    const { page, backend } = session;
    const { files } = fixture;
    const rail = page.getByRole('navigation', { name: 'Wizard steps' });
    const savedProject = async () => JSON.parse(await readFile(files.project, 'utf8')) as Record<string, unknown>;

    // A new project: empty fields, no file yet, nothing offered to restore.
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    expect(await page.locator('input[name="sipDomain"]').inputValue()).toBe('');
    expect(await page.getByRole('group', { name: 'Project file' }).textContent()).toContain('Unsaved project');
    expect(await page.getByRole('dialog').count()).toBe(0);

    const checks: Record<string, () => Promise<void>> = {
      topology: async () => {
        await expect.poll(() => page.locator('main [data-finding-id]').count()).toBe(0);
        expect(await page.getByRole('group', { name: 'Project file' }).textContent()).toContain('litwareinc.s2s.json');
        expect(await savedProject()).toMatchObject({
          sipDomain: walkthroughTopology.sipDomain,
          lyncPoolFqdn: walkthroughTopology.pool,
          exchangeServers: [walkthroughTopology.exchangeServer],
          testUserSipUri: walkthroughTopology.testUser,
          lyncMetadataUrl: fixture.urls.lyncMetadata,
          exchangeMetadataUrl: fixture.urls.exchangeMetadata,
          exchangeEwsUrl: fixture.urls.ews,
        });
      },
      certificates: async () => {
        // The OAuthTokenIssuer, unlocked with its password, names the SIP domain and has its key: nothing to fix.
        const oauth = page.getByRole('article', { name: 'oauth-issuer.pfx' });
        expect(await oauth.textContent()).toContain('Recorded in the project as certs/oauth-issuer.pfx.');
        expect(await oauth.textContent()).toContain('No problems found for this role.');
        expect(await oauth.textContent()).toContain(thumbprintOf(fixture.oauth));
        expect(await findingIds(page, '[data-card="exchangeAuth"]')).toEqual(['cert.self-signed']);
        expect(await findingIds(page, '[data-probe]')).toEqual([]);
        expect(await page.content()).not.toContain(fixture.pfxPassword);
      },
      metadata: async () => {
        const lync = page.getByRole('region', { name: 'Lync / Skype for Business' });
        const exchange = page.getByRole('region', { name: 'Exchange', exact: true });
        // Lync's document is clean and its key is the project's OAuthTokenIssuer; Exchange's realm '*' is explained.
        expect(await findingIds(page, '[data-side="lync"]')).toEqual([]);
        expect(await lync.textContent()).toContain('matches certs/oauth-issuer.pfx');
        expect(await findingIds(page, '[data-side="exchange"]')).toEqual(['metadata.realm-mismatch']);
        expect(await exchange.locator('[data-finding-id="metadata.realm-mismatch"]').getAttribute('class')).toContain('finding-info');
        expect(await exchange.textContent()).toContain('matches certs/exchange-auth.cer');
        const trust = page.getByRole('region', { name: 'Does Exchange trust Lync?' });
        expect(await findingIds(page, '.exchange-trust')).toEqual(['exchange.trusts-lync']);
        expect(await trust.textContent()).toContain(`Exchange trusts: 00000004-0000-0ff1-ce00-000000000000@${walkthroughTopology.sipDomain}`);
        expect(fixture.exchangeServer.requests.some((r) => r.method === 'POST' && r.url === '/EWS/Exchange.asmx')).toBe(true);

        // Polled: the save the step ended with may still be on its way to the disk.
        await expect.poll(savedProject).toMatchObject({ lyncMetadataFile: expect.any(String), exchangeMetadataFile: expect.any(String) });
        const project = await savedProject();
        expect(project).toMatchObject({
          certificates: { oauthIssuer: 'certs/oauth-issuer.pfx', exchangeAuth: 'certs/exchange-auth.cer' },
          trustedCaFiles: ['certs/litware-root.cer'],
        });
        for (const [field, body] of [
          ['lyncMetadataFile', fixture.bodies.lync],
          ['exchangeMetadataFile', fixture.bodies.exchange],
        ] as const) {
          expect(typeof project[field]).toBe('string');
          expect(await readFile(join(session.dataDir, project[field] as string), 'utf8')).toBe(body);
        }
        expect(JSON.stringify(project)).not.toContain(fixture.pfxPassword);
      },
      exchangeTrustsLync: async () => {
        const script = await page.locator('[data-script="01-exchange-trust-lync.ps1"]').textContent();
        expect(script).toContain(`-AuthMetadataUrl '${fixture.urls.lyncMetadata}' -ApplicationType Lync`);
        const zip = await readFile(files.bundleZip);
        expect(zip.readUInt32LE(0)).toBe(0x04034b50);
        expect(zip.readUInt16LE(zip.length - 22 + 10)).toBeGreaterThanOrEqual(9);
      },
      lyncTrustsExchange: async () => {
        expect(await page.locator('[data-script="02-lync-trust-exchange.ps1"]').textContent()).toContain(`-MetadataUrl '${fixture.urls.exchangeMetadata}'`);
        const written = (await readdir(files.bundleFolder, { recursive: true })).map(String);
        expect(written).toEqual(expect.arrayContaining(['01-exchange-trust-lync.ps1', '02-lync-trust-exchange.ps1', '03-verify.ps1', 'RUNBOOK.md', 'RUNBOOK.html']));
        for (const file of written.filter((f) => f.endsWith('.ps1'))) {
          const text = await readFile(join(files.bundleFolder, file), 'utf8');
          expect(text.startsWith('\uFEFF'), file).toBe(true);
          expect(text.replaceAll('\r\n', '').includes('\n'), `${file} has a bare LF`).toBe(false);
          expect(text).not.toContain(fixture.pfxPassword);
        }
      },
      verify: async () => {
        const diagnosis = page.getByTestId('diagnosis');
        expect(await diagnosis.textContent()).toContain('Passed: Lync wrote into the mailbox through the OAuth trust.');
        expect(await findingIds(page, '[data-testid="diagnosis"]')).toEqual(['diag.success']);
        // The report: self-contained HTML with the test's verdict, both certificates and the files just exported.
        const report = await readFile(files.report, 'utf8');
        expect(report.trimStart().toLowerCase().startsWith('<!doctype html>')).toBe(true);
        expect(report).not.toMatch(/<script|src="http|href="http/i);
        expect(report).toContain('diag.success');
        for (const certificate of [fixture.oauth, fixture.auth]) expect(report).toContain(thumbprintOf(certificate));
        const exported = await readFile(join(files.bundleFolder, '01-exchange-trust-lync.ps1'));
        expect(report).toContain(sha256(exported));
        expect(report).not.toContain(fixture.pfxPassword);
      },
      next: async () => {
        expect(await page.getByRole('button', { name: 'Next step', exact: true }).count()).toBe(0);
        // The rollback runs in reverse: archiving's undo first, the Exchange trust's last.
        const rollbacks = await page.locator('[data-rollback]').evaluateAll((items) => items.map((item) => item.getAttribute('data-rollback')));
        expect(rollbacks[0]).toBe('rollback/undo-04-enable-archiving.ps1');
        expect(rollbacks.at(-1)).toBe('rollback/undo-01-exchange-trust-lync.ps1');
        const handedOver = (await readdir(files.handoverFolder, { recursive: true })).map(String);
        expect(handedOver).toEqual(expect.arrayContaining(['04-enable-archiving.ps1', join('rollback', 'undo-04-enable-archiving.ps1')]));
        expect(await savedProject()).toMatchObject({ options: { archiving: false } });
        // Not saved to the file yet, but autosaved (after a short pause).
        await expect.poll(async () => JSON.parse(await readFile(backend.autosaveFile, 'utf8')).project.options.archiving, { timeout: 10_000 }).toBe(true);
      },
    };
    /** What the rail says of each step once the walk has done it: the Exchange side is never marked as run here. */
    const railStates: Record<string, string> = {
      topology: 'Done',
      certificates: 'Done',
      metadata: 'Done',
      exchangeTrustsLync: 'In progress',
      lyncTrustsExchange: 'Done',
      verify: 'Done',
      next: 'Done',
    };

    const visited: string[] = [];
    await walkThrough(session, fixture, async (step, index) => {
      // The rail marks where the user is, and describes the step's state in words.
      const railButton = rail.getByRole('button', { name: new RegExp(`^${step.heading}`) });
      expect(await railButton.getAttribute('aria-current')).toBe('step');
      const described = await railButton.getAttribute('aria-describedby');
      await expect.poll(() => page.locator(`[id="${described}"]`).textContent()).toContain(railStates[step.id]);
      const check = checks[step.id];
      if (!check) throw new Error(`no check for the step ${step.id}`);
      await check();
      await screenshotStep(page, step, index);
      visited.push(step.id);
    });
    expect(visited).toEqual(Object.keys(checks));
    expect(visited).toHaveLength(await rail.getByRole('button').count());

    // The summary: nothing open after this walk (the notes, e.g. Exchange's realm '*', are not open findings).
    const summaryEntry = page.getByRole('button', { name: /^Summary of findings/ });
    expect(await summaryEntry.textContent()).toContain('0 open');
    await summaryEntry.click();
    await page.getByRole('heading', { level: 2, name: 'Summary of open findings' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('No open findings in the steps opened so far.');
    await screenshotStep(page, { id: 'summary' }, visited.length);
  });
});
