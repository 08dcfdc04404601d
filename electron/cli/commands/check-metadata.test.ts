/** `s2s-wizard check-metadata` on the real fixtures and on documents made by the test. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopbackLookup } from '../../../tests/helpers/loopback-https.js';
import { exchangeDocument } from '../../../tests/helpers/metadata-documents.js';
import { runCliInProcess } from '../../../tests/helpers/run-cli-in-process.js';
import { makeCertificate, rsaKey } from '../../../tests/helpers/test-pki.js';

const fixtures = new URL('../../../tests/fixtures/metadata/', import.meta.url).pathname;
const key = rsaKey();
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key });
const other = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key });
let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-check-metadata-'));
  await writeFile(join(dir, 'exchange.json'), `\uFEFF${JSON.stringify(exchangeDocument([auth]))}`);
  await writeFile(join(dir, 'exchange-utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(exchangeDocument([auth])), 'utf16le')]));
  await writeFile(join(dir, 'auth.cer'), auth.der);
  await writeFile(join(dir, 'other.pem'), other.pem);
  await writeFile(join(dir, 'big.json'), Buffer.alloc(2 * 1024 * 1024, 0x20));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCliInProcess(argv, { cwd: dir, lookup: loopbackLookup([]) });

describe('s2s-wizard check-metadata', () => {
  it('reads the real SharePoint document and prints the x5t its tokens carry (exit 0 without --expect)', async () => {
    const result = await run('check-metadata', join(fixtures, 'sharepoint-se-real.json'));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('x5t i_gz5qfYp5YPWAK1__0YhZnipLI');
    expect(result.stdout).toContain('Service: SharePoint (00000003-0000-0ff1-ce00-000000000000)');
  });

  it.each(['lync', 'exchange'])('exits 1 with metadata.wrong-service for the SharePoint document --expect %s', async (role) => {
    const result = await run('check-metadata', join(fixtures, 'sharepoint-se-real.json'), '--expect', role, '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings.map((f: { id: string }) => f.id)).toContain('metadata.wrong-service');
  });

  it("exits 1 with metadata.key-undecodable for the real Exchange example's truncated key, without a crash", async () => {
    const result = await run('check-metadata', join(fixtures, 'exchange-online-docs-example.json'), '--expect', 'exchange', '--realm', 'litwareinc.com');
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toContain('ERROR  metadata.key-undecodable');
    expect(result.stdout).toContain('[0] not a certificate');
    expect(result.stdout).toContain('Endpoints listed (not fetched): https://by2pr06mb2229.namprd06.prod.outlook.com:444/autodiscover/metadata/json/1');
  });

  it('--cert: a matching key passes, another certificate gives metadata.key-mismatch (exit 1)', async () => {
    const matching = await run('check-metadata', 'exchange.json', '--expect', 'exchange', '--cert', 'auth.cer', '--json');
    expect(matching.code).toBe(0);
    expect(JSON.parse(matching.stdout).metadata.keyMatches).toEqual([expect.objectContaining({ file: 'auth.cer' })]);
    const mismatching = await run('check-metadata', 'exchange-utf16.json', '--expect', 'exchange', '--cert', 'other.pem');
    expect(mismatching.code).toBe(1);
    expect(mismatching.stdout).toContain('ERROR  metadata.key-mismatch');
    expect(mismatching.stdout).toContain('Set-AuthConfig -NewCertificateThumbprint');
  });

  it('--now is the clock the keys expire against', async () => {
    const before = await run('check-metadata', 'exchange.json', '--now', '2034-12-31T00:00:00Z', '--json');
    expect(before.code).toBe(0);
    const after = await run('check-metadata', 'exchange.json', '--now', '2035-01-02T00:00:00Z', '--json');
    expect(after.code).toBe(1);
    expect(JSON.parse(after.stdout).findings).toEqual([expect.objectContaining({ id: 'metadata.key-expired', severity: 'error' })]);
  });

  it('refuses a file over 1 MiB with metadata.too-large (exit 1)', async () => {
    const result = await run('check-metadata', 'big.json', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({ id: 'metadata.too-large', detail: expect.stringContaining('big.json is 2097152 bytes') })]);
  });

  it('exits 2 with one line naming the file when it cannot be read', async () => {
    const result = await run('check-metadata', 'missing.json');
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toBe('s2s-wizard: check-metadata: cannot read missing.json: it does not exist.\n');
  });
});
