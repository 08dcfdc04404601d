import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProjectPath } from '../../../tests/helpers/example-project.js';
import { parsePowerShell } from '../../../tests/helpers/powershell-grammar.js';
import { makeCertificate, pfxFromOpenssl, rsaKey } from '../../../tests/helpers/test-pki.js';
import { runCli } from '../run-cli.js';

let dir = '';
const key = rsaKey();
// Exchange's Auth certificate is self-signed, like the one Setup creates.
const exchangeAuth = makeCertificate({ key, commonName: 'Microsoft Exchange Server Auth Certificate', dnsNames: [], notBefore: new Date('2025-01-01'), notAfter: new Date('2030-01-01') });
const pfxPassword = 'Pfx-Secret-4711';

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-generate-'));
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env, cwd: dir, now: () => new Date('2026-11-26T09:00:00Z') };
  const code = await runCli(['generate', ...argv], io, 'test');
  return { code, stdout, stderr };
}

async function projectWith(change: (project: Record<string, unknown>) => void): Promise<string> {
  const project = JSON.parse(await readFile(exampleProjectPath, 'utf8')) as Record<string, unknown>;
  change(project);
  const path = join(dir, 'project.s2s.json');
  await writeFile(path, JSON.stringify(project));
  return path;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(folder.length + 1).replaceAll('\\', '/')).sort();
}

describe('s2s-wizard generate', () => {
  it('writes the bundle for the example project and lists its files', async () => {
    const result = await run([exampleProjectPath, '--out', 'bundle']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(`Wrote 9 files to ${join(dir, 'bundle')}`);
    expect(result.stdout).toMatch(/01-exchange-trust-lync\.ps1 +Exchange trusts Lync/);
    expect(await filesUnder(join(dir, 'bundle'))).toEqual([
      '00-collect-exchange-state.ps1',
      '00-collect-lync-state.ps1',
      '01-exchange-trust-lync.ps1',
      '02-lync-trust-exchange.ps1',
      '03-verify.ps1',
      'RUNBOOK.html',
      'RUNBOOK.md',
      'rollback/undo-01-exchange-trust-lync.ps1',
      'rollback/undo-02-lync-trust-exchange.ps1',
    ]);
    const bytes = await readFile(join(dir, 'bundle', '01-exchange-trust-lync.ps1'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n# Generated: 2026-11-26T09:00:00.000Z by s2s-wizard ');
  });

  it('--json gives the files and the findings', async () => {
    const path = await projectWith((p) => void ((p.options as Record<string, unknown>).trustAnySslCertificate = true));
    const result = await run([path, '--out', 'bundle', '--json']);
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout);
    expect(output.out).toBe(join(dir, 'bundle'));
    expect(output.files).toContain('rollback/undo-01-exchange-trust-lync.ps1');
    expect(output.findings.map((f: { id: string }) => f.id)).toEqual(['script.trust-any-certificate']);
  });

  it('writes nothing and exits 2 naming the field when the project is invalid', async () => {
    const path = await projectWith((p) => void (p.lyncPoolFqdn = "atl-cs-001.litwareinc.com'; Stop-Computer; '"));
    const result = await run([path, '--out', 'bundle']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^s2s-wizard: lyncPoolFqdn: Not a valid fully qualified domain name\. .*\n$/);
    expect(result.stderr.split('\n')).toHaveLength(2);
    expect(await filesUnder(join(dir, 'bundle'))).toEqual([]);
  });

  it('exits 2 naming certificates.exchangeAuth when the certificate parameter set has no certificate', async () => {
    const path = await projectWith((p) => void ((p.options as Record<string, unknown>).lyncTrustsExchangeBy = 'certificate'));
    const result = await run([path, '--out', 'bundle', '--json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^s2s-wizard: certificates\.exchangeAuth: /);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { subject: 'certificates.exchangeAuth' }, files: [] });
    expect(await filesUnder(join(dir, 'bundle'))).toEqual([]);
  });

  it('reads the Exchange Auth certificate from a PFX (password from S2S_EXCHANGE_AUTH_PASSWORD) and writes only its public part', async () => {
    await writeFile(join(dir, 'exchange-auth.pfx'), pfxFromOpenssl({ certificates: [exchangeAuth], password: pfxPassword, encryption: 'aes256' }));
    const path = await projectWith((p) => {
      (p.options as Record<string, unknown>).lyncTrustsExchangeBy = 'certificate';
      p.certificates = { oauthIssuer: null, exchangeAuth: 'exchange-auth.pfx' };
    });
    const refused = await run([path, '--out', 'bundle']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^s2s-wizard: certificates\.exchangeAuth: .*password/);

    const result = await run([path, '--out', 'bundle'], { S2S_EXCHANGE_AUTH_PASSWORD: pfxPassword });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const script = (await readFile(join(dir, 'bundle', '02-lync-trust-exchange.ps1'), 'utf8')).replace(/^\uFEFF/, '');
    const der = Buffer.from(exchangeAuth.der).toString('base64');
    expect(script).toContain(`$exchangeAuthCertificate = '${der}'`);
    expect(script).toContain(`$exchangeAuthThumbprint = '${createHash('sha1').update(exchangeAuth.der).digest('hex').toUpperCase()}'`);
    expect((await parsePowerShell(script)).problems).toEqual([]);
    for (const file of await filesUnder(join(dir, 'bundle'))) {
      const text = await readFile(join(dir, 'bundle', file), 'utf8');
      expect(text).not.toContain(pfxPassword);
      expect(text).not.toMatch(/PRIVATE KEY/);
    }
  });

  it('requires --out, and refuses an unreadable project file with exit 2', async () => {
    expect(await run([exampleProjectPath])).toMatchObject({ code: 2, stderr: 's2s-wizard: generate: --out DIR is required (the folder the bundle is written to)\n' });
    const missing = await run([join(dir, 'missing.s2s.json'), '--out', 'bundle']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.s2s.json: it does not exist');
  });
});
