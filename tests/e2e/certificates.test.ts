/**
 * End to end: the Certificates step of the built renderer in headless Chromium, the real IPC handlers behind it.
 * Loads a PFX, enters its password, sees the findings and copies a fix; drops the Exchange Auth certificate;
 * probes a loopback HTTPS endpoint before and after trusting its CA; saves the project and checks what is on disk.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startHttpsServer, type LoopbackServer } from '../helpers/loopback-https.js';
import { makeCa, makeCertificate, pfxFromOpenssl, rsaKey } from '../helpers/test-pki.js';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const shots = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e/certificates');
const day = 86_400_000;
const password = 'E2e-Pfx-Password!';
const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
// Names only the pool (Lync 2013 style) and expires in 45 days: two warnings.
const oauth = makeCertificate({
  issuer: root,
  key,
  commonName: 'atl-cs-001.litwareinc.com',
  dnsNames: ['atl-cs-001.litwareinc.com'],
  notBefore: new Date(Date.now() - 300 * day),
  notAfter: new Date(Date.now() + 45 * day + 3_600_000),
});
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key, extendedKeyUsages: null });
const poolTls = makeCertificate({ issuer: root, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'] });

const findingIds = (session: WizardSession, card: string) =>
  session.page.locator(`[data-card="${card}"] [data-finding-id], [data-probe="${card}"] [data-finding-id]`).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-finding-id')));

describe('the Certificates step, end to end', () => {
  let session: WizardSession;
  let server: LoopbackServer;
  let projectFile = '';

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard();
    server = await startHttpsServer([poolTls], (_request, response) => response.end('{}'));
    session.backend.loopbackHosts.push('atl-cs-001.litwareinc.com');
    await mkdir(join(session.dataDir, 'certs'));
    await writeFile(join(session.dataDir, 'certs', 'oauth.pfx'), pfxFromOpenssl({ certificates: [oauth, root], password, encryption: 'aes256' }));
    await writeFile(join(session.dataDir, 'certs', 'root.cer'), root.der);
    projectFile = join(session.dataDir, 'litwareinc.s2s.json');
  });

  afterAll(async () => {
    await server?.close();
    await session?.close();
  });

  it('fills the topology (the pool endpoint on a loopback port) and saves the project', async () => {
    const { page, backend } = session;
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    await page.locator('input[name="sipDomain"]').fill('litwareinc.com');
    await page.locator('input[name="lyncPoolFqdn"]').fill('atl-cs-001.litwareinc.com');
    await page.locator('input[name="exchangeAutodiscoverFqdn"]').fill('autodiscover.litwareinc.com');
    await page.locator('summary').filter({ hasText: 'Advanced' }).click();
    await page.locator('input[name="lyncMetadataUrl"]').fill(`https://atl-cs-001.litwareinc.com:${server.port}/metadata/json/1`);
    backend.dialogs.save = projectFile;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${projectFile}` }).waitFor();
  });

  it('loads a PFX, asks for its password, and shows the findings worst first with their fixes', async () => {
    const { page, backend } = session;
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Certificates', exact: true }).click();
    backend.dialogs.certificate = join(session.dataDir, 'certs', 'oauth.pfx');
    await page.getByRole('button', { name: 'Choose file… for the Lync / Skype for Business OAuthTokenIssuer certificate' }).click();
    const card = page.locator('[data-card="oauthIssuer"]');
    await card.locator('[data-finding-id="cert.password-required"]').waitFor();
    await page.screenshot({ path: join(shots, '01-password-required.png'), fullPage: true });

    await card.getByLabel('Password of oauth.pfx').fill(password);
    await card.getByRole('button', { name: 'Open' }).click();
    await card.locator('[data-finding-id="cert.expires-soon"]').waitFor();
    expect(await findingIds(session, 'oauthIssuer')).toEqual(['cert.expires-soon', 'cert.subject-missing-sip-domain']);
    expect(await card.textContent()).toContain('Recorded in the project as certs/oauth.pfx.');
    expect(await card.textContent()).toContain('CN=atl-cs-001.litwareinc.com');
    expect(await card.locator('dd', { hasText: /^present$/ }).count()).toBe(1);
    expect(await page.content()).not.toContain(password);
    await page.screenshot({ path: join(shots, '02-pfx-findings.png'), fullPage: true });

    await card.getByRole('button', { name: 'Copy the fix for “The certificate expires soon”' }).click();
    await card.getByText('Copied.').waitFor();
    expect(backend.clipboard.at(-1)).toContain('Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint> -Roll -EffectiveDate (Get-Date).AddDays(1)');
  });

  it('checks an Exchange Auth certificate dropped on the step', async () => {
    const { page } = session;
    const der = Buffer.from(auth.der).toString('base64');
    // Runs in the page; this file is type-checked without the DOM library, hence the narrow types.
    await page.getByRole('group', { name: 'Drop zone for the Exchange Server Auth Certificate' }).evaluate((zone, base64) => {
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: File): void } };
        DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => Event;
      };
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new page.DataTransfer();
      transfer.items.add(new File([bytes], 'auth.cer'));
      zone.dispatchEvent(new page.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, der);
    await page.locator('[data-card="exchangeAuth"] [data-finding-id="cert.self-signed"]').waitFor();
    expect(await findingIds(session, 'exchangeAuth')).toEqual(['cert.self-signed']);
  });

  it('probes the pool: untrusted until its CA is added to the project, then trusted', async () => {
    const { page, backend } = session;
    await page.getByRole('button', { name: 'Probe the pool' }).click();
    await page.locator('[data-probe="pool"] [data-finding-id="cert.untrusted-chain"]').waitFor();
    await page.screenshot({ path: join(shots, '03-probe-untrusted.png'), fullPage: true });

    backend.dialogs.trustedCa = join(session.dataDir, 'certs', 'root.cer');
    await page.getByRole('button', { name: 'Add CA file…' }).click();
    await page.getByText('Trusting CN=Litware Root CA.').waitFor();
    await page.getByRole('button', { name: 'Probe the pool' }).click();
    await page.locator('[data-probe="pool"]').getByText('Node verified the certificate and the host name against the trusted roots.').waitFor();
    expect(await findingIds(session, 'pool')).toEqual([]);
    await page.screenshot({ path: join(shots, '04-probe-trusted.png'), fullPage: true });
  });

  it('saves the certificate path and the CA file, never the password', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${projectFile}` }).waitFor();
    const text = await readFile(projectFile, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ certificates: { oauthIssuer: 'certs/oauth.pfx', exchangeAuth: null }, trustedCaFiles: ['certs/root.cer'] });
    expect(text).not.toContain(password);
    await expect.poll(async () => readFile(session.backend.autosaveFile, 'utf8')).toContain('certs/root.cer');
    expect(await readFile(session.backend.autosaveFile, 'utf8')).not.toContain(password);
  });
});
