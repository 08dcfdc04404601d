/** `s2s-wizard check` with its metadata section: loopback servers online, saved files with --offline. */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopbackLookup, makeTestPki, startHttpsServer, type LoopbackServer } from '../../../tests/helpers/loopback-https.js';
import { exchangeDocument, lyncDocument, thumbprintOf } from '../../../tests/helpers/metadata-documents.js';
import { runCliInProcess } from '../../../tests/helpers/run-cli-in-process.js';
import { makeCertificate } from '../../../tests/helpers/test-pki.js';

const fixture = new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url).pathname;
const lyncState = new URL('../../../tests/fixtures/state/lync-healthy.json', import.meta.url).pathname;
const lyncStateThumbprint = '3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3';
const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key });
const lookup = loopbackLookup([pool, autodiscover]);
let dir = '';
let servers: LoopbackServer[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-check-metadata-section-'));
  await writeFile(join(dir, 'root.pem'), pki.root.pem);
  await writeFile(join(dir, 'oauth.cer'), oauth.der);
  await writeFile(join(dir, 'auth.cer'), auth.der);
  await writeFile(join(dir, 'lync-metadata.json'), JSON.stringify(lyncDocument('litwareinc.com', [oauth])));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** The pool on one server (test CA); Autodiscover and EWS on another, self-signed, as Exchange's default IIS certificate is. */
async function startServers() {
  const lync = await startHttpsServer([pki.leaf(pool), pki.root], (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(lyncDocument('litwareinc.com', [oauth]))));
  const exchangeTls = pki.selfSigned(autodiscover);
  const exchange = await startHttpsServer([exchangeTls], (q, r) => {
    if (q.url === '/autodiscover/metadata/json/1') r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(exchangeDocument([auth])));
    else r.writeHead(401, { 'www-authenticate': 'Bearer trusted_issuers="00000004-0000-0ff1-ce00-000000000000@litwareinc.com"' }).end();
  });
  servers.push(lync, exchange);
  return { lync, exchange, exchangePin: createHash('sha256').update(exchangeTls.der).digest('hex').toUpperCase() };
}

async function writeProject(changes: Record<string, unknown>) {
  const project = { ...JSON.parse(await readFile(fixture, 'utf8')), trustedCaFiles: ['root.pem'], certificates: { oauthIssuer: 'oauth.cer', exchangeAuth: 'auth.cer' }, ...changes };
  await writeFile(join(dir, 'p.s2s.json'), JSON.stringify(project));
  return join(dir, 'p.s2s.json');
}

const metadataFindings = (body: { findings: { id: string; severity: string }[] }) =>
  body.findings.filter((f) => f.id.startsWith('metadata.') || f.id.startsWith('exchange.')).map((f) => `${f.id}:${f.severity}`);

describe('s2s-wizard check: the metadata section', () => {
  it("fetches both documents, trusts the pool through trustedCaFiles and Exchange through its pin, and probes Exchange's trust", async () => {
    const { lync, exchange, exchangePin } = await startServers();
    const path = await writeProject({
      lyncMetadataUrl: `https://${pool}:${lync.port}/metadata/json/1`,
      exchangeMetadataUrl: `https://${autodiscover}:${exchange.port}/autodiscover/metadata/json/1`,
      exchangeEwsUrl: `https://${autodiscover}:${exchange.port}/EWS/Exchange.asmx`,
      tlsPins: { [`${autodiscover}:${exchange.port}`]: exchangePin },
    });
    const result = await runCliInProcess(['check', path, '--json'], { cwd: dir, lookup });
    const body = JSON.parse(result.stdout);
    expect(metadataFindings(body)).toEqual(['metadata.realm-mismatch:info', 'exchange.trusts-lync:ok']);
    expect(body.metadata.lync).toMatchObject({ tls: { rejection: null, pinned: false }, keyMatches: [{ file: 'oauth.cer' }] });
    expect(body.metadata.exchange).toMatchObject({ tls: { rejection: null, pinned: true }, keyMatches: [{ file: 'auth.cer' }] });
    expect(body.metadata.exchangeTrust).toMatchObject({ trusted: true, status: 401 });
    expect(result.code).toBe(0);
  });

  it('without the pin, Exchange is untrusted and nothing is sent to EWS past the TLS handshake', async () => {
    const { lync, exchange } = await startServers();
    const path = await writeProject({
      lyncMetadataUrl: `https://${pool}:${lync.port}/metadata/json/1`,
      exchangeMetadataUrl: `https://${autodiscover}:${exchange.port}/autodiscover/metadata/json/1`,
      exchangeEwsUrl: `https://${autodiscover}:${exchange.port}/EWS/Exchange.asmx`,
    });
    const result = await runCliInProcess(['check', path, '--json'], { cwd: dir, lookup });
    expect(result.code).toBe(1);
    expect(metadataFindings(JSON.parse(result.stdout))).toEqual(['metadata.tls-untrusted:error', 'exchange.trust-unknown:warning']);
    expect(exchange.requests).toHaveLength(0);
  });

  it('--offline checks the saved documents the project names and reaches no server', async () => {
    const { lync } = await startServers();
    const path = await writeProject({ lyncMetadataUrl: `https://${pool}:${lync.port}/metadata/json/1`, lyncMetadataFile: 'lync-metadata.json' });
    const result = await runCliInProcess(['check', path, '--offline', '--json'], { cwd: dir, lookup });
    const body = JSON.parse(result.stdout);
    expect(result.code).toBe(0);
    expect(metadataFindings(body)).toEqual(['metadata.not-checked:warning', 'exchange.trust-unknown:info']);
    expect(body.metadata.lync).toMatchObject({ source: { kind: 'file', file: 'lync-metadata.json' }, keyMatches: [{ file: 'oauth.cer' }] });
    expect(lync.requests).toHaveLength(0);
  });

  it("--offline compares the saved document's keys with the thumbprints the project's state file says Lync signs with", async () => {
    const state = await readFile(lyncState, 'utf8');
    await writeFile(join(dir, 'lync-state.json'), state);
    await writeFile(join(dir, 'lync-state-current.json'), state.replaceAll(lyncStateThumbprint, thumbprintOf(oauth)));
    const run = async (lyncStateFile: string) => {
      const path = await writeProject({ lyncMetadataFile: 'lync-metadata.json', lyncStateFile });
      return JSON.parse((await runCliInProcess(['check', path, '--offline', '--json'], { cwd: dir, lookup })).stdout);
    };
    const stale = await run('lync-state.json');
    const mismatch = stale.findings.find((f: { id: string }) => f.id === 'metadata.key-mismatch');
    expect(mismatch?.detail).toContain(`keys[0] ${thumbprintOf(oauth)}`);
    expect(mismatch?.detail).toContain(`Lync's OAuthTokenIssuer certificate in lync-state.json`);
    expect(mismatch?.detail).toContain(`signs with ${lyncStateThumbprint}`);
    expect(mismatch?.fix).toContain(`Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${lyncStateThumbprint}`);
    const current = await run('lync-state-current.json');
    expect(metadataFindings(current)).not.toContain('metadata.key-mismatch:error');
    expect(current.metadata.lync.keyMatches).toEqual([
      { keyIndex: 0, file: 'oauth.cer', thumbprint: thumbprintOf(oauth) },
      { keyIndex: 0, file: expect.stringContaining('lync-state-current.json'), thumbprint: thumbprintOf(oauth) },
    ]);
  });

  it('--offline with a saved file that is missing exits 2 naming the field and the file', async () => {
    const path = await writeProject({ exchangeMetadataFile: 'gone.json' });
    const result = await runCliInProcess(['check', path, '--offline'], { cwd: dir, lookup });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('s2s-wizard: check: exchangeMetadataFile: cannot read gone.json: it does not exist.\n');
  });
});
