/**
 * End to end: the Metadata step of the built renderer in headless Chromium, the real IPC handlers behind it, two
 * loopback HTTPS servers (the pool, Exchange's Autodiscover with EWS) with certificates from a CA this test makes.
 * Fetches Lync's document (untrusted first: the presented certificate, its CA imported after its fingerprint is
 * shown), fetches Exchange's, probes Exchange's trust, saves a copy of Lync's document, and checks the disk.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTestPki, startHttpsServer, type LoopbackServer } from '../helpers/loopback-https.js';
import { ewsBearerChallenge, exchangeDocument, lyncDocument, lyncServiceId } from '../helpers/metadata-documents.js';
import { makeCertificate } from '../helpers/test-pki.js';
import { openWizard, type WizardSession } from '../helpers/wizard-page.js';

const shots = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e/metadata');
const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key });
const lyncBody = JSON.stringify(lyncDocument('litwareinc.com', [oauth]));

const findingIds = (session: WizardSession, side: string) =>
  session.page.locator(`[data-side="${side}"] [data-finding-id]`).evaluateAll((elements) => elements.map((e) => e.getAttribute('data-finding-id')));

describe('the Metadata step, end to end', () => {
  let session: WizardSession;
  let lyncServer: LoopbackServer;
  let exchangeServer: LoopbackServer;
  let projectFile = '';

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    lyncServer = await startHttpsServer([pki.leaf(pool), pki.root], (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(lyncBody));
    exchangeServer = await startHttpsServer([pki.leaf(autodiscover), pki.root], (q, r) => {
      if (q.url === '/autodiscover/metadata/json/1') r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(exchangeDocument([auth])));
      else r.writeHead(401, { 'www-authenticate': ewsBearerChallenge([`${lyncServiceId}@litwareinc.com`]) }).end();
    });
    session = await openWizard({ width: 1400, height: 1000 });
    session.backend.loopbackHosts.push(pool, autodiscover);
    projectFile = join(session.dataDir, 'litwareinc.s2s.json');
  });

  afterAll(async () => {
    await lyncServer?.close();
    await exchangeServer?.close();
    await session?.close();
  });

  it('fills the topology with both endpoints on loopback ports and saves the project', async () => {
    const { page, backend } = session;
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
    await page.locator('input[name="sipDomain"]').fill('litwareinc.com');
    await page.locator('input[name="lyncPoolFqdn"]').fill(pool);
    await page.locator('input[name="exchangeAutodiscoverFqdn"]').fill(autodiscover);
    await page.locator('summary').filter({ hasText: 'Advanced' }).click();
    await page.locator('input[name="lyncMetadataUrl"]').fill(`https://${pool}:${lyncServer.port}/metadata/json/1`);
    await page.locator('input[name="exchangeMetadataUrl"]').fill(`https://${autodiscover}:${exchangeServer.port}/autodiscover/metadata/json/1`);
    await page.locator('input[name="exchangeEwsUrl"]').fill(`https://${autodiscover}:${exchangeServer.port}/EWS/Exchange.asmx`);
    backend.dialogs.save = projectFile;
    await page.getByRole('button', { name: 'Save as…' }).click();
    await page.getByRole('status').filter({ hasText: `Saved to ${projectFile}` }).waitFor();
  });

  it("fetches Lync's document: the pool's certificate is refused and shown, with its CA to import", async () => {
    const { page } = session;
    await page.getByRole('navigation', { name: 'Wizard steps' }).getByRole('button', { name: 'Metadata', exact: true }).click();
    const lync = page.getByRole('region', { name: 'Lync / Skype for Business' });
    await lync.getByRole('button', { name: 'Fetch', exact: true }).click();
    const untrusted = lync.getByRole('region', { name: `${pool}:${lyncServer.port} presented a certificate this computer does not trust` });
    await untrusted.waitFor();
    expect(await findingIds(session, 'lync')).toEqual(['metadata.tls-untrusted']);
    expect(await untrusted.textContent()).toContain(`CN=${pool}`);
    await untrusted.getByRole('button', { name: 'Import this CA…' }).click();
    const confirm = untrusted.getByRole('group', { name: 'Trust the CA CN=Litware Test Root CA?' });
    expect(await confirm.textContent()).toMatch(/SHA-256 fingerprint: [0-9A-F]{64}/);
    await page.screenshot({ path: join(shots, '01-lync-untrusted.png'), fullPage: true });
    await confirm.getByRole('button', { name: 'Trust this CA' }).click();
    await lync.getByText(`TLS: ${pool}:${lyncServer.port} presented a trusted certificate.`).waitFor();
    expect(await findingIds(session, 'lync')).toEqual([]);
    expect(await lync.getByRole('list', { name: 'Signing keys (1)' }).textContent()).toContain('CN=litwareinc.com');
  });

  it("fetches Exchange's document and probes whether Exchange trusts Lync", async () => {
    const { page } = session;
    const exchange = page.getByRole('region', { name: 'Exchange', exact: true });
    await exchange.getByRole('button', { name: 'Fetch', exact: true }).click();
    await exchange.getByText(`TLS: ${autodiscover}:${exchangeServer.port} presented a trusted certificate.`).waitFor();
    expect(await findingIds(session, 'exchange')).toEqual(['metadata.realm-mismatch']);
    expect(await exchange.textContent()).toContain('00000002-0000-0ff1-ce00-000000000000');

    const trust = page.getByRole('region', { name: 'Does Exchange trust Lync?' });
    await trust.getByRole('button', { name: 'Probe Exchange' }).click();
    await trust.locator('[data-finding-id="exchange.trusts-lync"]').waitFor();
    expect(await trust.textContent()).toContain('Exchange trusts: 00000004-0000-0ff1-ce00-000000000000@litwareinc.com');
    await page.screenshot({ path: join(shots, '02-both-documents.png'), fullPage: true });
  });

  it("saves Lync's document into the project folder and the project records it", async () => {
    const { page } = session;
    const lync = page.getByRole('region', { name: 'Lync / Skype for Business' });
    await lync.getByRole('button', { name: 'Save into the project folder' }).click();
    await lync.getByText('Saved as lync-metadata.json.').waitFor();
    expect(await readFile(join(session.dataDir, 'lync-metadata.json'), 'utf8')).toBe(lyncBody);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect
      .poll(async () => JSON.parse(await readFile(projectFile, 'utf8')))
      .toMatchObject({ lyncMetadataFile: 'lync-metadata.json', trustedCaFiles: [expect.stringMatching(/^trusted-ca-[0-9a-f]{16}\.pem$/)] });
    expect(lyncServer.requests.length).toBeGreaterThanOrEqual(1);
  });

  it("checks Exchange's document dropped on the step, and opens a finding's Microsoft page through main", async () => {
    const { page, backend } = session;
    const body = JSON.stringify(exchangeDocument([auth]));
    // Runs in the page; this file is type-checked without the DOM library, hence the narrow types.
    await page.getByRole('group', { name: 'Drop zone for the Exchange metadata document' }).evaluate((zone, text) => {
      const page = globalThis as unknown as {
        DataTransfer: new () => { items: { add(file: File): void } };
        DragEvent: new (type: string, init: { dataTransfer: unknown; bubbles: boolean; cancelable: boolean }) => Event;
      };
      const transfer = new page.DataTransfer();
      transfer.items.add(new File([text], 'exchange-copy.json', { type: 'application/json' }));
      zone.dispatchEvent(new page.DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, body);
    const exchange = page.getByRole('region', { name: 'Exchange', exact: true });
    await exchange.getByText('Read from the dropped file exchange-copy.json; its location is not recorded in the project.', { exact: false }).waitFor();
    expect(await findingIds(session, 'exchange')).toEqual(['metadata.realm-mismatch']);
    const url = 'https://learn.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-xoauth/5c7bea18-6b70-4f02-826f-e4c6d6f3c86b';
    const before = page.url();
    await exchange.locator('[data-finding-id="metadata.realm-mismatch"]').getByRole('link', { name: /^Microsoft documentation/ }).click();
    await expect.poll(() => backend.openedExternally).toEqual([url]);
    expect(page.url()).toBe(before);
    await page.screenshot({ path: join(shots, '03-dropped-document.png'), fullPage: true });
  });
});
