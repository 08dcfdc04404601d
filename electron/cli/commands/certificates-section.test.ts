import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCertificate, pfxFromOpenssl, rsaKey } from '../../../tests/helpers/test-pki.js';
import { runCli } from '../run-cli.js';

const fixture = new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url).pathname;
const key = rsaKey();
const oauth = makeCertificate({ commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'], key, notBefore: new Date('2026-01-01'), notAfter: new Date('2027-06-01') });
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key, extendedKeyUsages: null, notBefore: new Date('2022-01-01'), notAfter: new Date('2026-12-10') });
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-check-certs-'));
  await mkdir(join(dir, 'certs'));
  await writeFile(join(dir, 'certs', 'oauth.pfx'), pfxFromOpenssl({ certificates: [oauth], password: 'pfx-pass', encryption: '3des' }));
  await writeFile(join(dir, 'certs', 'auth.cer'), auth.der);
  await writeFile(join(dir, 'certs', 'root.pem'), oauth.pem);
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function check(certificates: object, trustedCaFiles: string[], env: Record<string, string> = {}) {
  const project = { ...JSON.parse(await readFile(fixture, 'utf8')), certificates, trustedCaFiles };
  const path = join(dir, 'p.s2s.json');
  await writeFile(path, JSON.stringify(project));
  let stdout = '';
  // --offline: the metadata section then reaches no network; its findings are left out of this section's view.
  const code = await runCli(['check', path, '--json', '--offline', '--now', '2026-11-26T09:00:00Z'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env, cwd: dir, now: () => new Date() }, 't');
  const body = JSON.parse(stdout);
  return { code, body: { ...body, findings: body.findings.filter((f: { id: string }) => f.id.startsWith('cert.')) } };
}

describe('s2s-wizard check: the certificates section', () => {
  it("checks the project's certificates (paths relative to the project file), PFX password from S2S_OAUTH_ISSUER_PASSWORD", async () => {
    const { code, body } = await check({ oauthIssuer: 'certs/oauth.pfx', exchangeAuth: 'certs/auth.cer' }, ['certs/root.pem'], { S2S_OAUTH_ISSUER_PASSWORD: 'pfx-pass' });
    expect(code).toBe(1);
    expect(body.findings.map((f: { id: string; severity: string }) => `${f.id}:${f.severity}`)).toEqual(['cert.expires-soon:error', 'cert.self-signed:info', 'cert.self-signed:info']);
    expect(body.findings[0].subject).toBe('certificates.exchangeAuth (certs/auth.cer)');
    expect(body.certificates.oauthIssuer).toMatchObject({ role: 'oauth-issuer', file: 'certs/oauth.pfx', certificate: { format: 'pfx', hasPrivateKey: true } });
    expect(body.certificates.trustStore.imported).toEqual([{ file: 'certs/root.pem', subject: 'CN=litwareinc.com' }]);
    expect(JSON.stringify(body)).not.toContain('pfx-pass');
  });

  it('a PFX without its password in the environment is cert.password-required; a missing file cert.unreadable', async () => {
    const { code, body } = await check({ oauthIssuer: 'certs/oauth.pfx', exchangeAuth: 'certs/gone.cer' }, []);
    expect(code).toBe(1);
    expect(body.findings).toMatchObject([
      { id: 'cert.password-required', subject: 'certificates.oauthIssuer (certs/oauth.pfx)' },
      { id: 'cert.unreadable', detail: 'Cannot read certs/gone.cer (certificates.exchangeAuth): it does not exist.' },
    ]);
  });

  it('a trusted CA file that cannot be read is cert.ca-unreadable, naming the entry', async () => {
    const { code, body } = await check({ oauthIssuer: null, exchangeAuth: null }, ['certs/root.pem', 'certs/missing.pem']);
    expect(code).toBe(1);
    expect(body.findings).toMatchObject([{ id: 'cert.ca-unreadable', subject: 'trustedCaFiles[1]', detail: expect.stringContaining('certs/missing.pem') }]);
  });

  it('no certificate named: nothing to report', async () => {
    const { code, body } = await check({ oauthIssuer: null, exchangeAuth: null }, []);
    expect(code).toBe(0);
    expect(body.certificates).toMatchObject({ oauthIssuer: null, exchangeAuth: null });
  });
});
