/** The Metadata step's handlers through the real dispatch (tests/helpers/real-backend.ts) and loopback servers. */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeTestPki, startHttpsServer, type LoopbackServer } from '../../../../tests/helpers/loopback-https.js';
import { lyncDocument } from '../../../../tests/helpers/metadata-documents.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { makeCertificate } from '../../../../tests/helpers/test-pki.js';
import { emptyProject, type Project } from '../../../core/model/project.js';

const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const lyncBody = JSON.stringify(lyncDocument('litwareinc.com', [oauth]));
const sharepoint = new URL('../../../../tests/fixtures/metadata/sharepoint-se-real.json', import.meta.url).pathname;

let dir = '';
let backend: RealBackend;
let server: LoopbackServer;
let hold: Promise<void> | null = null;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-metadata-handlers-'));
  backend = createRealBackend(dir);
  backend.loopbackHosts.push(pool, autodiscover);
  hold = null;
  server = await startHttpsServer([makeCertificate({ issuer: pki.root, commonName: pool, dnsNames: [pool, autodiscover], key: pki.key }), pki.root], async (request, response) => {
    if (hold) await hold;
    if (request.url === '/metadata/json/1') response.writeHead(200, { 'content-type': 'application/json' }).end(lyncBody);
    else response.writeHead(401, { 'www-authenticate': 'Bearer trusted_issuers="00000004-0000-0ff1-ce00-000000000000@litwareinc.com"' }).end();
  });
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

function project(changes: Partial<Project> = {}): Project {
  return {
    ...emptyProject(),
    sipDomain: 'litwareinc.com',
    lyncPoolFqdn: pool,
    exchangeAutodiscoverFqdn: autodiscover,
    lyncMetadataUrl: `https://${pool}:${server.port}/metadata/json/1`,
    exchangeEwsUrl: `https://${autodiscover}:${server.port}/EWS/Exchange.asmx`,
    ...changes,
  };
}
async function saveProjectAs(p: Project) {
  backend.dialogs.save = join(dir, 'litwareinc.s2s.json');
  const saved = await backend.api.saveProject(p, 'save-as');
  expect(saved.ok).toBe(true);
}
async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

describe('metadata handlers', () => {
  it('an untrusted pool: shows its root CA; trusting it writes the CA beside the project, and the next fetch passes', async () => {
    const first = await value(backend.api.fetchMetadata('op-1', 'lync', project()));
    expect(first.findings.map((f) => f.id)).toEqual(['metadata.tls-untrusted']);
    const root = first.tls?.certificate?.rootCa;
    expect(root?.subject).toBe('CN=Litware Test Root CA');

    const unsaved = await backend.api.trustPresentedCa(root?.derBase64 as string);
    expect(!unsaved.ok && unsaved.error.message).toContain('Save the project first');

    await saveProjectAs(project());
    const trusted = await value(backend.api.trustPresentedCa(root?.derBase64 as string));
    expect(trusted.path).toMatch(/^trusted-ca-[0-9a-f]{16}\.pem$/);
    expect(await readFile(join(dir, trusted.path), 'utf8')).toContain('-----BEGIN CERTIFICATE-----');

    const second = await value(backend.api.fetchMetadata('op-2', 'lync', project({ trustedCaFiles: [trusted.path] })));
    expect(second.findings).toEqual([]);
    expect(second.document?.serviceName).toBe('00000004-0000-0ff1-ce00-000000000000');
  });

  it('refuses to trust a certificate that is not a CA', async () => {
    await saveProjectAs(project());
    const refused = await backend.api.trustPresentedCa(Buffer.from(oauth.der).toString('base64'));
    expect(!refused.ok && refused.error).toMatchObject({ code: 'metadata.not-a-ca' });
  });

  it("a pin on the endpoint trusts exactly the certificate the user saw", async () => {
    const seen = await value(backend.api.fetchMetadata('op', 'lync', project()));
    const fingerprint = seen.tls?.certificate?.chain[0]?.sha256Fingerprint as string;
    const pinned = await value(backend.api.fetchMetadata('op', 'lync', project({ tlsPins: { [seen.tls?.endpoint as string]: fingerprint } })));
    expect(pinned.tls).toMatchObject({ pinned: true, rejection: null });
    expect(pinned.findings).toEqual([]);
  });

  it('cancels a running fetch by its operation id', async () => {
    let release = () => {};
    hold = new Promise((resolve) => (release = resolve));
    await saveProjectAs(project());
    await writeFile(join(dir, 'root.pem'), pki.root.pem);
    const pending = backend.api.fetchMetadata('slow', 'lync', project({ trustedCaFiles: ['root.pem'] }));
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await backend.api.cancelMetadata('slow')).toEqual({ ok: true, value: null });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'net.aborted' } });
    release();
  });

  it('imports a saved document through the Open dialog, recording its path relative to the project file inside its folder, else absolute', async () => {
    await saveProjectAs(project());
    backend.dialogs.metadata = sharepoint;
    const imported = await value(backend.api.importMetadata('lync', project()));
    if (imported === null) throw new Error('the dialog answered a file');
    expect(imported.path).toBe(sharepoint);
    expect(imported.report.findings.map((f) => f.id)).toContain('metadata.wrong-service');
    // Chosen in the dialog, the file outside the folder stays readable as the saved copy.
    expect(await value(backend.api.loadSavedMetadata('lync', project({ lyncMetadataFile: imported.path })))).toMatchObject({ source: { kind: 'file', file: sharepoint } });
    await mkdir(join(dir, 'docs'), { recursive: true });
    await writeFile(join(dir, 'docs', 'lync.json'), lyncBody);
    backend.dialogs.metadata = join(dir, 'docs', 'lync.json');
    expect(await value(backend.api.importMetadata('lync', project()))).toMatchObject({ path: join('docs', 'lync.json') });
    backend.dialogs.metadata = null;
    expect(await backend.api.importMetadata('lync', project())).toEqual({ ok: true, value: null });
  });

  it('checks pasted text, saves a document into the project folder, and reads it back as the saved copy', async () => {
    const pasted = await value(backend.api.checkMetadataText('lync', project(), lyncBody));
    expect(pasted).toMatchObject({ source: { kind: 'text' }, findings: [] });
    expect((await backend.api.saveMetadata('lync', lyncBody)).ok).toBe(false);

    await saveProjectAs(project());
    expect(await value(backend.api.saveMetadata('lync', lyncBody))).toEqual({ path: 'lync-metadata.json' });
    expect(await readFile(join(dir, 'lync-metadata.json'), 'utf8')).toBe(lyncBody);
    const refused = await backend.api.saveMetadata('exchange', '<html>not a document</html>');
    expect(!refused.ok && refused.error.code).toBe('metadata.not-json');
    expect(existsSync(join(dir, 'exchange-metadata.json'))).toBe(false);

    const saved = await value(backend.api.loadSavedMetadata('lync', project({ lyncMetadataFile: 'lync-metadata.json' })));
    expect(saved).toMatchObject({ source: { kind: 'file', file: 'lync-metadata.json' }, findings: [] });
    expect(await backend.api.loadSavedMetadata('exchange', project())).toEqual({ ok: true, value: null });
  });

  it("probes Exchange's trust with the project's trust store", async () => {
    await saveProjectAs(project());
    await writeFile(join(dir, 'root.pem'), pki.root.pem);
    const report = await value(backend.api.probeExchangeTrust('probe', project({ trustedCaFiles: ['root.pem'] })));
    expect(report).toMatchObject({ trusted: true, status: 401, findings: [{ id: 'exchange.trusts-lync' }] });
  });

  it('refuses arguments that are not what the channel takes', async () => {
    const result = await backend.dispatch('metadata:fetch', ['op', 'sharepoint', project()]);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
  });
});
