import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { exampleProject } from '../../../../tests/helpers/example-project.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { makeCertificate, rsaKey } from '../../../../tests/helpers/test-pki.js';

let dir = '';
let backend: RealBackend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-script-handlers-'));
  backend = createRealBackend(dir, () => new Date('2026-11-26T09:00:00Z'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

/** The user saves the project in the native dialog: main then knows its file. */
async function saveAs(name: string): Promise<void> {
  backend.dialogs.save = join(dir, name);
  expect(await backend.api.saveProject(exampleProject(), 'save-as')).toMatchObject({ ok: true });
}

describe('the script channels', () => {
  it('scripts:generate returns every file with its text and blocks, as plain JSON', async () => {
    await saveAs('litwareinc.s2s.json');
    const result = await backend.api.generateScripts(exampleProject());
    if (!result.ok) throw new Error(result.error.message);
    const exchange = result.value.files.find((f) => f.path === '01-exchange-trust-lync.ps1');
    expect(exchange?.blocks.length).toBeGreaterThan(5);
    expect(exchange?.text).toContain('# Project:   litwareinc.com (litwareinc.s2s.json)');
    expect(exchange?.text).toContain('by s2s-wizard test');
    expect(JSON.parse(JSON.stringify(result.value))).toEqual(result.value);
  });

  it('scripts:generate names the field that cannot enter a script', async () => {
    const result = await backend.api.generateScripts(exampleProject({ testUserSipUri: "sip:ken'@x" }));
    expect(result).toMatchObject({ ok: false, error: { subject: 'testUserSipUri' } });
  });

  it('scripts:generate reads the Exchange Auth certificate relative to the project file for the certificate parameter set', async () => {
    const certificate = makeCertificate({ key: rsaKey(), commonName: 'Microsoft Exchange Server Auth Certificate', dnsNames: [], notBefore: new Date('2025-01-01'), notAfter: new Date('2030-01-01') });
    await writeFile(join(dir, 'exchange-auth.cer'), certificate.der);
    const project = exampleProject({ certificates: { oauthIssuer: null, exchangeAuth: 'exchange-auth.cer' } }, { lyncTrustsExchangeBy: 'certificate' });
    expect(await backend.api.generateScripts(project)).toMatchObject({ ok: false, error: { subject: 'certificates.exchangeAuth', message: expect.stringContaining('Save the project') } });
    await saveAs('litwareinc.s2s.json');
    const result = await backend.api.generateScripts(project);
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.files.find((f) => f.path === '02-lync-trust-exchange.ps1')?.text).toContain(Buffer.from(certificate.der).toString('base64'));
    // A renderer that names a project file of its own is refused.
    expect(await backend.dispatch('scripts:generate', [project, join(dir, 'litwareinc.s2s.json')])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    expect(await backend.dispatch('scripts:export-folder', [project, null])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    expect(await backend.dispatch('scripts:export-zip', [project, '/etc/passwd'])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
  });

  it('scripts:export-folder writes the bundle into the folder the user picks (BOM, CRLF), and nothing on cancel', async () => {
    expect(await backend.api.exportScriptsToFolder(exampleProject())).toEqual({ ok: true, value: null });
    const folder = join(dir, 'bundle');
    backend.dialogs.bundleFolder = folder;
    const result = await backend.api.exportScriptsToFolder(exampleProject());
    expect(result).toMatchObject({ ok: true, value: { location: folder } });
    const written = (await readdir(folder, { recursive: true })).map(String).sort();
    expect(written).toContain('03-verify.ps1');
    expect(written).toContain(join('rollback', 'undo-02-lync-trust-exchange.ps1'));
    const bytes = await readFile(join(folder, '03-verify.ps1'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toMatch(/^\uFEFF# =+\r\n/);
  });

  it('scripts:export-folder writes nothing and opens no dialog for a project that cannot be scripted', async () => {
    backend.dialogs.bundleFolder = join(dir, 'never');
    const result = await backend.api.exportScriptsToFolder(exampleProject({ lyncPoolFqdn: 'not a name' }));
    expect(result).toMatchObject({ ok: false, error: { subject: 'lyncPoolFqdn' } });
    await expect(readdir(join(dir, 'never'))).rejects.toThrow();
  });

  it('scripts:export-zip writes one zip holding every file of the bundle', async () => {
    backend.dialogs.bundleZip = join(dir, 'out', 'bundle');
    const result = await backend.api.exportScriptsAsZip(exampleProject({}, { archiving: true }));
    if (!result.ok || result.value === null) throw new Error('no zip');
    expect(result.value.location).toBe(join(dir, 'out', 'bundle.zip'));
    const zip = await readFile(result.value.location);
    const end = zip.length - 22;
    expect(zip.readUInt32LE(end)).toBe(0x06054b50);
    expect(zip.readUInt16LE(end + 10)).toBe(result.value.files.length);
    expect(result.value.files).toContain('04-enable-archiving.ps1');
    // The first entry: its name and its deflated bytes, which start with the BOM.
    const nameLength = zip.readUInt16LE(26);
    expect(zip.subarray(30, 30 + nameLength).toString('utf8')).toBe('00-collect-exchange-state.ps1');
    const first = inflateRawSync(zip.subarray(30 + nameLength, 30 + nameLength + zip.readUInt32LE(18)));
    expect([...first.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('scripts:copy puts the text on the clipboard', async () => {
    expect(await backend.api.copyScript('Get-PartnerApplication')).toEqual({ ok: true, value: null });
    expect(backend.clipboard).toEqual(['Get-PartnerApplication']);
  });
});
