import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyProject, type Project } from '../../../core/model/project.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { startHttpsServer, startSilentServer } from '../../../../tests/helpers/loopback-https.js';
import { makeCa, makeCertificate, pfxFromOpenssl, rsaKey } from '../../../../tests/helpers/test-pki.js';

const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const oauth = makeCertificate({ issuer: root, key, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'] });
const pool = makeCertificate({ issuer: root, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'] });
const password = 'Pfx-Secret-42';
const thumbprint = (der: Uint8Array) => createHash('sha1').update(der).digest('hex').toUpperCase();
let dir = '';
let backend: RealBackend;
const cleanup: { close(): Promise<void> }[] = [];

const project = (overrides: Partial<Project> = {}): Project => ({ ...emptyProject(), sipDomain: 'litwareinc.com', lyncPoolFqdn: 'atl-cs-001.litwareinc.com', exchangeAutodiscoverFqdn: 'autodiscover.litwareinc.com', ...overrides });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-cert-handlers-'));
  await mkdir(join(dir, 'certs'));
  await writeFile(join(dir, 'certs', 'oauth.pfx'), pfxFromOpenssl({ certificates: [oauth, root], password, encryption: 'aes256' }));
  await writeFile(join(dir, 'certs', 'oauth.cer'), oauth.der);
  await writeFile(join(dir, 'certs', 'root.cer'), root.der);
  await writeFile(join(dir, 'notes.txt'), 'not a certificate');
});
const now = () => new Date('2026-11-26T09:00:00Z');
beforeEach(async () => {
  backend = createRealBackend(dir, now);
  // The project file main resolves relative paths against: the one the user saves in the native dialog.
  backend.dialogs.save = join(dir, 'p.s2s.json');
  expect(await backend.api.saveProject(project(), 'save-as')).toMatchObject({ ok: true });
});
afterAll(async () => {
  await Promise.all(cleanup.map((c) => c.close()));
  await rm(dir, { recursive: true, force: true });
});

describe('certificate handlers (real dispatch)', () => {
  it('picks a PFX, asks for its password, opens it with the right one and never sends the password back', async () => {
    backend.dialogs.certificate = join(dir, 'certs', 'oauth.pfx');
    const picked = await backend.api.pickCertificate('oauthIssuer', project());
    expect(picked).toMatchObject({ ok: true, value: { slot: 'oauthIssuer', role: 'oauth-issuer', projectPath: join('certs', 'oauth.pfx'), needsPassword: true, certificate: null, findings: [{ id: 'cert.password-required' }] } });
    const wrong = await backend.api.submitCertificatePassword('oauthIssuer', project(), 'nope');
    expect(wrong).toMatchObject({ ok: true, value: { needsPassword: true, findings: [{ id: 'cert.password-wrong' }] } });
    const opened = await backend.api.submitCertificatePassword('oauthIssuer', project(), password);
    expect(opened).toMatchObject({ ok: true, value: { needsPassword: false, certificate: { format: 'pfx', hasPrivateKey: true }, findings: [] } });
    // The project names the file: loading it again keeps the password held in main.
    const reloaded = await backend.api.loadCertificate('oauthIssuer', project({ certificates: { oauthIssuer: join('certs', 'oauth.pfx'), exchangeAuth: null } }));
    expect(reloaded).toMatchObject({ ok: true, value: { certificate: { hasPrivateKey: true } } });
    for (const answer of [picked, wrong, opened, reloaded]) expect(JSON.stringify(answer)).not.toContain(password);
  });

  it('a cancelled dialog changes nothing', async () => {
    expect(await backend.api.pickCertificate('exchangeAuth', project())).toEqual({ ok: true, value: null });
  });

  it('reads the file a saved project names, checks the SIP domain, and refuses a relative path without a project file', async () => {
    const named = project({ sipDomain: 'fabrikam.com', certificates: { oauthIssuer: 'certs/oauth.cer', exchangeAuth: null } });
    const loaded = await backend.api.loadCertificate('oauthIssuer', named);
    const fresh = createRealBackend(dir, now);
    expect(loaded.ok && loaded.value?.findings.map((f) => f.id)).toEqual(['cert.subject-missing-sip-domain', 'cert.no-private-key']);
    expect(await fresh.api.loadCertificate('oauthIssuer', named)).toMatchObject({ ok: false, error: { code: 'project-path.unsaved', subject: 'certificates.oauthIssuer' } });
    const missing = await backend.api.loadCertificate('oauthIssuer', project({ certificates: { oauthIssuer: 'certs/gone.cer', exchangeAuth: null } }));
    expect(missing).toMatchObject({ ok: true, value: { findings: [{ id: 'cert.unreadable', detail: 'Cannot read certs/gone.cer: it does not exist.' }] } });
  });

  it('a dropped file is checked and held until forgotten; it is not recorded in the project', async () => {
    const dropped = await backend.api.dropCertificate('exchangeAuth', project(), { name: 'auth.cer', size: oauth.der.length, base64: Buffer.from(oauth.der).toString('base64') });
    expect(dropped).toMatchObject({ ok: true, value: { projectPath: null, fileName: 'auth.cer', certificate: { format: 'der' } } });
    expect(await backend.api.loadCertificate('exchangeAuth', project())).toMatchObject({ ok: true, value: { fileName: 'auth.cer' } });
    await backend.api.forgetCertificate('exchangeAuth');
    expect(await backend.api.loadCertificate('exchangeAuth', project())).toEqual({ ok: true, value: null });
  });

  it('a dropped file larger than a certificate file can be is not read, as a picked one would not be', async () => {
    const start = Buffer.alloc(1024 * 1024 + 1).toString('base64');
    const dropped = await backend.api.dropCertificate('oauthIssuer', project(), { name: 'backup.pfx', size: 50_000_000, base64: start });
    expect(dropped).toMatchObject({ ok: true, value: { projectPath: null, certificate: null, findings: [{ id: 'cert.unreadable', detail: 'Cannot read backup.pfx: it is 50000000 bytes, more than a certificate file can be (1024 KiB).' }] } });
  });

  it('adds a trusted CA file by a path relative to the project, and refuses a file that is not a certificate', async () => {
    backend.dialogs.trustedCa = join(dir, 'certs', 'root.cer');
    expect(await backend.api.pickTrustedCa()).toEqual({ ok: true, value: { path: join('certs', 'root.cer'), subjects: ['CN=Litware Root CA'] } });
    backend.dialogs.trustedCa = join(dir, 'notes.txt');
    expect(await backend.api.pickTrustedCa()).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable' } });
  });

  it("probes the pool's endpoint, trusting the project's CA files", async () => {
    const server = await startHttpsServer([pool], (_req, res) => res.end('{}'));
    cleanup.push(server);
    backend.loopbackHosts.push('atl-cs-001.litwareinc.com');
    const target = project({ lyncMetadataUrl: `https://atl-cs-001.litwareinc.com:${server.port}/metadata/json/1` });
    const untrusted = await backend.api.probeEndpoint('op-1', 'pool', target);
    expect(untrusted.ok && untrusted.value.findings.map((f) => f.id)).toEqual(['cert.untrusted-chain']);
    const trusted = await backend.api.probeEndpoint('op-2', 'pool', { ...target, trustedCaFiles: ['certs/root.cer'] });
    expect(trusted).toMatchObject({ ok: true, value: { verification: { trusted: true }, findings: [] } });
    const badCa = await backend.api.probeEndpoint('op-3', 'pool', { ...target, trustedCaFiles: ['notes.txt'] });
    expect(badCa).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable', subject: 'trustedCaFiles[0]' } });
  });

  it('cancels a running probe by its operation id', async () => {
    const silent = await startSilentServer();
    cleanup.push(silent);
    backend.loopbackHosts.push('autodiscover.litwareinc.com');
    const target = project({ exchangeMetadataUrl: `https://autodiscover.litwareinc.com:${silent.port}/autodiscover/metadata/json/1` });
    const running = backend.api.probeEndpoint('op-cancel', 'autodiscover', target);
    await vi.waitFor(() => expect(silent.connections()).toBe(1));
    expect(await backend.api.cancelProbe('op-cancel')).toEqual({ ok: true, value: null });
    expect(await running).toMatchObject({ ok: false, error: { code: 'tls.cancelled' } });
  });

  it('copies a fix to the clipboard through main', async () => {
    expect(await backend.api.copyFix('Get-CsCertificate -Type OAuthTokenIssuer')).toEqual({ ok: true, value: null });
    expect(backend.clipboard).toEqual(['Get-CsCertificate -Type OAuthTokenIssuer']);
  });

  it('takes no project file from the renderer: relative paths resolve against the file the user saved or opened', async () => {
    const elsewhere = join(dir, 'elsewhere');
    await mkdir(join(elsewhere, 'certs'), { recursive: true });
    await writeFile(join(elsewhere, 'certs', 'oauth.cer'), root.der);
    const named = project({ certificates: { oauthIssuer: 'certs/oauth.cer', exchangeAuth: null } });
    // A renderer that names a project file of its own is refused before any handler runs.
    for (const [channel, args] of [
      ['certs:load', ['oauthIssuer', named, join(elsewhere, 'p.s2s.json')]],
      ['certs:pick', ['oauthIssuer', named, join(elsewhere, 'p.s2s.json')]],
      ['certs:pick-ca', [join(elsewhere, 'p.s2s.json')]],
      ['certs:probe', ['op-x', 'pool', named, join(elsewhere, 'p.s2s.json')]],
    ] as const) {
      expect(await backend.dispatch(channel, [...args])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    }
    const thumbprintOf = async () => {
      const loaded = await backend.api.loadCertificate('oauthIssuer', named);
      return loaded.ok ? loaded.value?.certificate?.leaf.thumbprint : loaded.error.code;
    };
    expect(await thumbprintOf()).toBe(thumbprint(oauth.der));
    // Only the session's project file moves the base: the same relative path now reads the other folder's file.
    backend.dialogs.save = join(elsewhere, 'p.s2s.json');
    await backend.api.saveProject(named, 'save-as');
    expect(await thumbprintOf()).toBe(thumbprint(root.der));
  });

  it('validates its arguments at run time', async () => {
    expect(await backend.dispatch('certs:forget', ['someSlot'])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    expect(await backend.dispatch('certs:drop', ['oauthIssuer', project(), { name: 'a.cer', size: 11, base64: 'not base64!' }])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments', message: 'certs:drop: argument 2.base64 must be base64.' } });
    const tooMuch = Buffer.alloc(1024 * 1024 + 3).toString('base64');
    expect(await backend.dispatch('certs:drop', ['oauthIssuer', project(), { name: 'big.pfx', size: 1024 * 1024 + 3, base64: tooMuch }])).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalid-arguments', message: 'certs:drop: argument 2.base64 holds more than the first 1048577 bytes of a certificate file.' },
    });
    expect(await backend.dispatch('certs:cancel-probe', ['../../etc'])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
  });
});
