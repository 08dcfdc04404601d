/** `s2s-wizard fetch-metadata` against loopback HTTPS servers, run in-process (design.md §3's contract). */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopbackLookup, makeTestPki, startHttpServer, startHttpsServer, startSilentServer } from '../../../tests/helpers/loopback-https.js';
import { lyncDocument } from '../../../tests/helpers/metadata-documents.js';
import { runCliInProcess } from '../../../tests/helpers/run-cli-in-process.js';
import { makeCertificate, pfxFromOpenssl } from '../../../tests/helpers/test-pki.js';

const pool = 'atl-cs-001.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const body = JSON.stringify(lyncDocument('litwareinc.com', [oauth]));
const lookup = loopbackLookup([pool]);
let dir = '';
let closers: (() => Promise<void>)[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-fetch-'));
  await writeFile(join(dir, 'root.pem'), pki.root.pem);
  await writeFile(join(dir, 'oauth.cer'), oauth.der);
  await writeFile(join(dir, 'oauth.pfx'), pfxFromOpenssl({ certificates: [oauth], password: 'secret-pfx', encryption: 'aes256' }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});

async function pool200(handler?: Parameters<typeof startHttpsServer>[1]) {
  const server = await startHttpsServer([pki.leaf(pool), pki.root], handler ?? ((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(body)));
  closers.push(server.close);
  return `${server.origin(pool)}/metadata/json/1`;
}
const run = (...argv: string[]) => runCliInProcess(argv, { cwd: dir, lookup });

describe('s2s-wizard fetch-metadata', () => {
  it('fetches, checks, compares with --cert, saves with --save, and exits 0', async () => {
    const url = await pool200();
    const result = await run('fetch-metadata', url, '--expect', 'lync', '--realm', 'litwareinc.com', '--cert', 'oauth.cer', '--ca', 'root.pem', '--save', 'lync.json', '--json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const output = JSON.parse(result.stdout);
    expect(output.findings).toEqual([]);
    expect(output.saved).toBe('lync.json');
    expect(output.metadata).toMatchObject({ role: 'lync', source: { kind: 'url', status: 200 }, keyMatches: [{ keyIndex: 0, file: 'oauth.cer' }] });
    expect(output.metadata.text).toBeUndefined();
    expect(output.trustStore.imported).toEqual([{ file: 'root.pem', subject: 'CN=Litware Test Root CA' }]);
    expect(await readFile(join(dir, 'lync.json'), 'utf8')).toBe(body);
  });

  it('prints the document, its keys and the TLS certificate for people', async () => {
    const url = await pool200();
    const result = await run('fetch-metadata', url, '--ca', 'root.pem', '--cert', 'oauth.cer');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Metadata document ${url}`);
    expect(result.stdout).toContain('Service: Lync / Skype for Business (00000004-0000-0ff1-ce00-000000000000)');
    expect(result.stdout).toMatch(/\[0\] CN=litwareinc\.com; thumbprint [0-9A-F]{40}; x5t [\w-]{27}; expires 2035-01-01; matches oauth\.cer/);
    expect(result.stdout).toContain(`TLS ${pool}:`);
    expect(result.stdout).toContain('Trusted roots:');
  });

  it('exits 1 with metadata.tls-untrusted when the CA is not given, and shows what the server presented', async () => {
    const url = await pool200();
    const result = await run('fetch-metadata', url);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('refused (unknown-ca)');
    expect(result.stdout).toContain('ERROR  metadata.tls-untrusted');
    expect(result.stdout).toContain('SHA-256');
  });

  it('refuses an http:// URL with exit 2 before anything is sent', async () => {
    const plain = await startHttpServer((_q, r) => r.end(body));
    closers.push(plain.close);
    const result = await run('fetch-metadata', `${plain.origin('127.0.0.1')}/metadata/json/1`);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('only https:// URLs are fetched');
    expect(plain.requests).toHaveLength(0);
  });

  it('--timeout is one deadline for the whole request: a body trickling in is cut off (metadata.timeout)', async () => {
    const url = await pool200((_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      const timer = setInterval(() => r.write(' '), 40);
      r.on('close', () => clearInterval(timer));
    });
    const result = await run('fetch-metadata', url, '--ca', 'root.pem', '--timeout', '300', '--json');
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout).findings).toEqual([expect.objectContaining({ id: 'metadata.timeout' })]);
  });

  it('--timeout bounds an endpoint that never answers', async () => {
    const silent = await startSilentServer();
    closers.push(silent.close);
    const result = await run('fetch-metadata', `https://${pool}:${silent.port}/metadata/json/1`, '--timeout', '200', '--json');
    expect(JSON.parse(result.stdout).findings[0].id).toBe('metadata.timeout');
  });

  it('caps the body at 1 MiB while it streams (metadata.too-large), and saves nothing', async () => {
    const url = await pool200((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    const result = await run('fetch-metadata', url, '--ca', 'root.pem', '--save', 'big.json', '--json');
    expect(result.code).toBe(1);
    const output = JSON.parse(result.stdout);
    expect(output.findings[0].id).toBe('metadata.too-large');
    expect(output.saved).toBeNull();
    await expect(readFile(join(dir, 'big.json'))).rejects.toThrow();
  });

  it.each([
    [['--expect', 'sharepoint'], '--expect must be lync or exchange'],
    [['--timeout', 'soon'], '--timeout must be a whole number of milliseconds'],
    [['--ca', 'missing.pem'], '--ca: cannot read missing.pem: it does not exist'],
    [['--cert', 'oauth.pfx'], '--cert: oauth.pfx'],
    [['--realm', 'litware inc'], '--realm must be the OAuth realm'],
    [['--password', 'x'], "Unknown option '--password'"],
    [['--save', 'no/such/folder/x.json', '--ca', 'root.pem'], '--save: cannot write no/such/folder/x.json: its folder does not exist'],
  ])('%j is a usage error (exit 2, one line naming the option)', async (options, message) => {
    const url = await pool200();
    const result = await run('fetch-metadata', url, ...options);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toContain('secret-pfx');
  });
});
