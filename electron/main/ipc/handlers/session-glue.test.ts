/**
 * What the areas share through the session, through the real dispatch and handlers on the real file system: the
 * certificate the user unlocked in the Certificates step is the one the metadata cross-check, the report and the
 * script generator use (its password reaching none of their output), and the files an export wrote reach the report
 * with the SHA-256 of the bytes on disk.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProject } from '../../../../tests/helpers/example-project.js';
import { bytesOf, exchangeDocument, thumbprintOf } from '../../../../tests/helpers/metadata-documents.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { makeCertificate, pfxFromOpenssl, rsaKey } from '../../../../tests/helpers/test-pki.js';
import type { Project } from '../../../core/model/project.js';

const password = 'Glue-Pfx-Secret-77';
const exchangeAuth = makeCertificate({ key: rsaKey(), commonName: 'Microsoft Exchange Server Auth Certificate', dnsNames: [], notBefore: new Date('2025-01-01'), notAfter: new Date('2030-01-01') });
const derBase64 = Buffer.from(exchangeAuth.der).toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const exchangeState = new URL('../../../../tests/fixtures/state/exchange-healthy.json', import.meta.url).pathname;
const stateThumbprint = '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3';

let dir = '';
let backend: RealBackend;

const project: Project = exampleProject(
  { certificates: { oauthIssuer: null, exchangeAuth: 'exchange-auth.pfx' }, exchangeMetadataFile: 'exchange-metadata.json' },
  { lyncTrustsExchangeBy: 'certificate' },
);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-session-glue-'));
  backend = createRealBackend(dir, () => new Date('2026-11-26T09:00:00Z'));
  await writeFile(join(dir, 'exchange-auth.pfx'), pfxFromOpenssl({ certificates: [exchangeAuth], password, encryption: 'aes256' }));
  await writeFile(join(dir, 'exchange-metadata.json'), bytesOf(exchangeDocument([exchangeAuth])));
  backend.dialogs.save = join(dir, 'litwareinc.s2s.json');
  expect(await backend.api.saveProject(project, 'save-as')).toMatchObject({ ok: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function ids(side: 'lync' | 'exchange', subject: Project = project): Promise<string[]> {
  const report = await backend.api.loadSavedMetadata(side, subject);
  if (!report.ok) throw new Error(report.error.message);
  return report.value?.findings.map((f) => f.id) ?? [];
}

describe('the certificate the user unlocked, shared by the areas', () => {
  it('before the password, a PFX is not compared and cannot be scripted; after it, the metadata, the report and the scripts use it', async () => {
    expect(await ids('exchange')).toContain('metadata.key-not-compared');
    expect(await backend.api.generateScripts(project)).toMatchObject({ ok: false, error: { code: 'script.certificate-unreadable', subject: 'certificates.exchangeAuth' } });

    expect(await backend.api.loadCertificate('exchangeAuth', project)).toMatchObject({ ok: true, value: { needsPassword: true } });
    expect(await backend.api.submitCertificatePassword('exchangeAuth', project, password)).toMatchObject({ ok: true, value: { needsPassword: false } });

    const metadata = await backend.api.loadSavedMetadata('exchange', project);
    if (!metadata.ok || metadata.value === null) throw new Error('no metadata report');
    expect(metadata.value.findings.map((f) => f.id)).not.toContain('metadata.key-not-compared');
    expect(metadata.value.findings.map((f) => f.id)).not.toContain('metadata.key-mismatch');
    expect(metadata.value.keyMatches).toEqual([{ keyIndex: 0, file: 'exchange-auth.pfx', thumbprint: thumbprintOf(exchangeAuth) }]);

    const bundle = await backend.api.generateScripts(project);
    if (!bundle.ok) throw new Error(bundle.error.message);
    expect(bundle.value.files.find((f) => f.path === '02-lync-trust-exchange.ps1')?.text).toContain(derBase64);

    backend.dialogs.report = join(dir, 'report.html');
    expect(await backend.api.saveReport('report-1', project, 'html')).toMatchObject({ ok: true });
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain(thumbprintOf(exchangeAuth));
    expect(html).not.toContain('cert.password-required');
    expect(html).not.toContain('metadata.key-not-compared');

    const outputs = [JSON.stringify(metadata), JSON.stringify(bundle), html];
    for (const output of outputs) expect(output).not.toContain(password);
  });

  it('a different file named by the project is not stood in for by the one held', async () => {
    await backend.api.loadCertificate('exchangeAuth', project);
    await backend.api.submitCertificatePassword('exchangeAuth', project, password);
    await writeFile(join(dir, 'other.cer'), makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', dnsNames: [] }).der);
    const other = { ...project, certificates: { oauthIssuer: null, exchangeAuth: 'other.cer' } };
    expect(await ids('exchange', other)).toContain('metadata.key-mismatch');
  });
});

describe('the files an export wrote, in the report', () => {
  it('the folder export records each file with the SHA-256 of the bytes written (BOM, CRLF); the report lists them', async () => {
    await backend.api.loadCertificate('exchangeAuth', project);
    await backend.api.submitCertificatePassword('exchangeAuth', project, password);
    backend.dialogs.bundleFolder = join(dir, 'bundle');
    const exported = await backend.api.exportScriptsToFolder(project);
    if (!exported.ok || exported.value === null) throw new Error('not exported');
    backend.dialogs.report = join(dir, 'report.html');
    await backend.api.saveReport('report-1', project, 'html');
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    const written = (await readdir(join(dir, 'bundle'), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(written.length).toBe(exported.value.files.length);
    for (const entry of written) {
      const bytes = await readFile(join(entry.parentPath, entry.name));
      expect(html).toContain(sha256(bytes));
      expect(bytes.includes(Buffer.from(password))).toBe(false);
    }
    for (const path of exported.value.files) expect(html).toContain(path);
    // A new project starts with no export of its own.
    await backend.api.newProject();
    backend.dialogs.report = join(dir, 'new.html');
    await backend.api.saveReport('report-1', exampleProject(), 'html');
    expect(await readFile(join(dir, 'new.html'), 'utf8')).toContain('No script bundle was generated in this session.');
  });

  it('the zip export records the same files and digests; before any export the report lists none', async () => {
    const filesSection = async (name: string) => {
      backend.dialogs.report = join(dir, name);
      await backend.api.saveReport('report-1', exampleProject(), 'html');
      const html = await readFile(join(dir, name), 'utf8');
      return html.slice(html.indexOf('<section id="files">'), html.indexOf('</section>', html.indexOf('<section id="files">')));
    };
    expect(await filesSection('before.html')).toContain('No script bundle was generated in this session.');
    backend.dialogs.bundleFolder = join(dir, 'same');
    await backend.api.exportScriptsToFolder(exampleProject());
    backend.dialogs.bundleZip = join(dir, 'bundle.zip');
    const zipped = await backend.api.exportScriptsAsZip(exampleProject());
    if (!zipped.ok || zipped.value === null) throw new Error('not exported');
    const section = await filesSection('after.html');
    expect(section.match(/<tr><td class="mono">/g)?.length).toBe(zipped.value.files.length);
    for (const path of zipped.value.files) expect(section).toContain(sha256(await readFile(join(dir, 'same', ...path.split('/')))));
  });
});

describe('the state imported in the Verify step, in the metadata cross-check', () => {
  const withoutCertificate: Project = { ...project, certificates: { oauthIssuer: null, exchangeAuth: null } };

  it("a key that is none of the thumbprints Exchange's AuthConfig names is metadata.key-mismatch naming both, in the step and the report", async () => {
    expect(await ids('exchange', withoutCertificate)).not.toContain('metadata.key-mismatch');
    await writeFile(join(dir, 'exchange-state.json'), await readFile(exchangeState));
    backend.dialogs.exchangeState = join(dir, 'exchange-state.json');
    expect(await backend.api.importServerState(withoutCertificate, 'exchange')).toMatchObject({ ok: true });
    const report = await backend.api.loadSavedMetadata('exchange', withoutCertificate);
    if (!report.ok || report.value === null) throw new Error('no metadata report');
    const mismatch = report.value.findings.find((f) => f.id === 'metadata.key-mismatch');
    expect(mismatch?.detail).toContain(`keys[0] ${thumbprintOf(exchangeAuth)}`);
    expect(mismatch?.detail).toContain(`Exchange's AuthConfig in exchange-state.json`);
    expect(mismatch?.detail).toContain(`signs with ${stateThumbprint}`);
    backend.dialogs.report = join(dir, 'report.html');
    await backend.api.saveReport('report-1', withoutCertificate, 'html');
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('(metadata.key-mismatch)');
    expect(html).toContain(stateThumbprint);
  });

  it('a key that is the AuthConfig current certificate matches it', async () => {
    await writeFile(join(dir, 'exchange-state.json'), (await readFile(exchangeState, 'utf8')).replaceAll(stateThumbprint, thumbprintOf(exchangeAuth)));
    backend.dialogs.exchangeState = join(dir, 'exchange-state.json');
    await backend.api.importServerState(withoutCertificate, 'exchange');
    const report = await backend.api.loadSavedMetadata('exchange', withoutCertificate);
    if (!report.ok || report.value === null) throw new Error('no metadata report');
    expect(report.value.findings.map((f) => f.id)).not.toContain('metadata.key-mismatch');
    expect(report.value.keyMatches).toEqual([{ keyIndex: 0, file: expect.stringContaining('exchange-state.json'), thumbprint: thumbprintOf(exchangeAuth) }]);
  });
});
