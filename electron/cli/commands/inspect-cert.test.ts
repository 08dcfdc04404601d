import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ecCertificateFromOpenssl, makeCa, makeCertificate, pfxFromOpenssl, rsaKey } from '../../../tests/helpers/test-pki.js';
import { runCli } from '../run-cli.js';

const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const oauth = makeCertificate({ issuer: root, key, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'], notBefore: new Date('2026-01-01'), notAfter: new Date('2027-06-01') });
const web = makeCertificate({ issuer: root, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'], notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') });
const password = 'Correct-Horse-9';
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-inspect-'));
  await writeFile(join(dir, 'oauth.cer'), oauth.der);
  await writeFile(join(dir, 'oauth.pfx'), pfxFromOpenssl({ certificates: [oauth, root], password, encryption: 'aes256' }));
  await writeFile(join(dir, 'web.pem'), web.pem);
  await writeFile(join(dir, 'root.cer'), root.der);
  await writeFile(join(dir, 'ec.pem'), ecCertificateFromOpenssl('litwareinc.com').certificatePem);
  await writeFile(join(dir, 'garbage.cer'), 'this is not a certificate');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env, cwd: dir, now: () => new Date('2026-11-26T09:00:00Z') };
  const code = await runCli(['inspect-cert', ...argv], io, 'test');
  return { code, stdout, stderr };
}

describe('s2s-wizard inspect-cert', () => {
  it('prints the facts and the findings of a .cer; exit 0', async () => {
    const result = await run(['oauth.cer', '--role', 'oauth-issuer', '--sip-domain', 'litwareinc.com']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Subject:       CN=litwareinc.com');
    expect(result.stdout).toMatch(/Thumbprint: {4}[0-9A-F]{40} {3}\(SHA-1, as Windows shows it\)/);
    expect(result.stdout).toContain('(186 day(s) left)');
    expect(result.stdout).toContain('INFO  cert.no-private-key');
  });

  it('--json prints one object: the certificate, its findings and nothing else on stdout', async () => {
    const result = await run(['oauth.cer', '--json']);
    const body = JSON.parse(result.stdout);
    expect(body).toMatchObject({ role: 'oauth-issuer', file: 'oauth.cer', daysLeft: 186, certificate: { format: 'der', leaf: { subject: 'CN=litwareinc.com' } } });
    expect(body.findings.map((f: { id: string }) => f.id)).toEqual(['cert.no-private-key']);
  });

  it('--now makes expiry exact: exit 1 with cert.expires-soon as an error under 30 days', async () => {
    let stdout = '';
    const code = await runCli(['inspect-cert', 'oauth.cer', '--now', '2027-05-10T00:00:00Z', '--json'], { stdout: (t) => void (stdout += t), stderr: () => undefined, env: {}, cwd: dir, now: () => new Date() }, 't');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings[0]).toMatchObject({ id: 'cert.expires-soon', severity: 'error' });
  });

  it('opens a PFX with the password from the variable --password-env names, and never prints it', async () => {
    const opened = await run(['oauth.pfx', '--password-env', 'PFX_PASSWORD', '--json'], { PFX_PASSWORD: password });
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout).certificate).toMatchObject({ format: 'pfx', hasPrivateKey: true, chain: [{ subject: 'CN=Litware Root CA' }] });
    const missing = await run(['oauth.pfx']);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('ERROR  cert.password-required');
    const wrong = await run(['oauth.pfx', '--password-env', 'PFX_PASSWORD'], { PFX_PASSWORD: 'not-it' });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toContain('ERROR  cert.password-wrong');
    for (const output of [opened, missing, wrong]) expect(`${output.stdout}${output.stderr}`).not.toContain(password);
  });

  it('checks a TLS certificate against the host and the roots, saying where the roots come from', async () => {
    const untrusted = await run(['web.pem', '--role', 'tls', '--host', 'atl-cs-001.litwareinc.com']);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stdout).toContain('ERROR  cert.untrusted-chain');
    expect(untrusted.stdout).toMatch(/Trusted roots: \d+ bundled with Node, /);
    if (!('getCACertificates' in (await import('node:tls')))) expect(untrusted.stdout).toContain('the system store is not available (Node v');
    const trusted = await run(['web.pem', '--role', 'tls', '--host', 'atl-cs-001.litwareinc.com', '--ca', 'root.cer', '--json']);
    expect(trusted.code).toBe(0);
    expect(JSON.parse(trusted.stdout)).toMatchObject({ findings: [], trust: { trusted: true }, trustStore: { imported: [{ file: 'root.cer', subject: 'CN=Litware Root CA' }] } });
    const wrongHost = await run(['web.pem', '--role', 'tls', '--host', 'autodiscover.litwareinc.com', '--ca', 'root.cer']);
    expect(wrongHost.stdout).toContain('ERROR  cert.hostname-mismatch');
  });

  it('an EC certificate is cert.unsupported-algorithm, exit 1', async () => {
    const result = await run(['ec.pem']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('ERROR  cert.unsupported-algorithm');
  });

  it('a file that is not a certificate is unreadable input: exit 2, one line naming it, the finding in --json', async () => {
    const result = await run(['garbage.cer', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('garbage.cer is not a certificate');
    expect(JSON.parse(result.stdout).findings[0].id).toBe('cert.unreadable');
  });

  it.each([
    [['oauth.pfx', '--password', 'x'], "Unknown option '--password'"],
    [['missing.pfx'], 'cannot read the certificate file missing.pfx: it does not exist'],
    [['oauth.cer', '--role', 'lync'], '--role must be one of oauth-issuer, exchange-auth, tls'],
    [['oauth.cer', '--host', 'pool.litwareinc.com'], '--host applies to --role tls'],
    [['oauth.cer', '--role', 'tls', '--sip-domain', 'litwareinc.com'], '--sip-domain applies to --role oauth-issuer'],
    [['oauth.cer', '--sip-domain', 'not a domain'], "--sip-domain 'not a domain' is not a valid name"],
    [['oauth.pfx', '--password-env', 'UNSET_VARIABLE'], 'the environment variable UNSET_VARIABLE is not set'],
    [['web.pem', '--role', 'tls', '--ca', 'garbage.cer'], '--ca: CA file garbage.cer is not a certificate'],
    [['web.pem', '--role', 'tls', '--ca', 'nope.cer'], 'cannot read the CA file nope.cer: it does not exist'],
    [[], 'missing the certificate file'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });
});
