/** Every metadata check of a project at once: both documents and the trust probe, online (loopback) and offline. */
import * as fs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loopbackLookup, makeTestPki, startHttpsServer, type LoopbackServer } from '../../../tests/helpers/loopback-https.js';
import { exchangeDocument, lyncDocument } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate } from '../../../tests/helpers/test-pki.js';
import { decodeCertificate } from '../certs/x509.js';
import { emptyProject, type Project } from '../model/project.js';
import { readMetadataFile } from './read-metadata-file.js';
import { checkProjectMetadata, type ProjectMetadataEdges, type ProjectMetadataInput } from './check-project-metadata.js';

const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const exchangeAuth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key });
const factsOf = (der: Uint8Array) => {
  const decoded = decodeCertificate(der);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.facts;
};

let dir = '';
let servers: LoopbackServer[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-metadata-'));
});
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  await rm(dir, { recursive: true, force: true });
});

const edges: ProjectMetadataEdges = {
  request: httpsRequest,
  lookup: loopbackLookup([pool, autodiscover]),
  now: () => performance.now(),
  readDocument: (path) => readMetadataFile(fs, join(dir, path), path),
};

function project(port: number, changes: Partial<Project> = {}): Project {
  return {
    ...emptyProject(),
    sipDomain: 'litwareinc.com',
    lyncPoolFqdn: pool,
    exchangeAutodiscoverFqdn: autodiscover,
    exchangeServers: ['atl-exchange-001.litwareinc.com'],
    testUserSipUri: 'sip:kenmyer@litwareinc.com',
    lyncMetadataUrl: `https://${pool}:${port}/metadata/json/1`,
    exchangeMetadataUrl: `https://${autodiscover}:${port}/autodiscover/metadata/json/1`,
    exchangeEwsUrl: `https://${autodiscover}:${port}/EWS/Exchange.asmx`,
    ...changes,
  };
}
const input = (p: Project, extra: Partial<ProjectMetadataInput> = {}): ProjectMetadataInput => ({
  project: p,
  now: new Date('2026-11-26T09:00:00Z'),
  offline: false,
  ca: [pki.root.pem],
  certificates: { lync: { file: 'oauth.cer', facts: factsOf(oauth.der) }, exchange: { file: 'auth.cer', facts: factsOf(exchangeAuth.der) } },
  ...extra,
});

const answers = {
  '/metadata/json/1': () => JSON.stringify(lyncDocument('litwareinc.com', [oauth])),
  '/autodiscover/metadata/json/1': () => JSON.stringify(exchangeDocument([exchangeAuth])),
} as Record<string, () => string>;

/** One server for both names (its certificate holds both), answering as the pool, Autodiscover and EWS. */
async function startServer(hold: number) {
  const certificate = makeCertificate({ issuer: pki.root, commonName: pool, dnsNames: [pool, autodiscover], key: pki.key });
  const held: (() => void)[] = [];
  const server = await startHttpsServer([certificate, pki.root], (request, response) => {
    const answer = answers[request.url ?? ''];
    held.push(() =>
      answer
        ? response.writeHead(200, { 'content-type': 'application/json' }).end(answer())
        : response.writeHead(401, { 'www-authenticate': 'Bearer trusted_issuers="00000004-0000-0ff1-ce00-000000000000@litwareinc.com"' }).end(),
    );
    if (held.length >= hold) held.splice(0).forEach((release) => release());
  });
  servers.push(server);
  return server;
}

describe('checkProjectMetadata', () => {
  it('asks all three endpoints at once: no endpoint answers before every request has arrived', async () => {
    // A barrier: the server holds every answer until the third request is in. Checks made one after the other
    // would never get past the first (it would time out), so passing proves the requests run concurrently.
    const server = await startServer(3);
    const result = await checkProjectMetadata(input(project(server.port), { timeoutMs: 5000 }), edges);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lync?.keyMatches).toEqual([expect.objectContaining({ file: 'oauth.cer' })]);
    expect(result.value.exchange?.keyMatches).toEqual([expect.objectContaining({ file: 'auth.cer' })]);
    expect(result.value.exchangeTrust.trusted).toBe(true);
    expect(result.value.findings.map((f) => f.id)).toEqual(['metadata.realm-mismatch', 'exchange.trusts-lync']);
    expect(server.requests.map((r) => r.url).sort()).toEqual(['/EWS/Exchange.asmx', '/autodiscover/metadata/json/1', '/metadata/json/1']);
  });

  it("reports a key that is not the project's certificate, and reads the trust setting from the project", async () => {
    const server = await startServer(1);
    const renewed = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
    const p = project(server.port, { options: { ...emptyProject().options, exchangeTrustConfigured: true }, realm: 'fabrikam.com' });
    const result = await checkProjectMetadata(input(p, { certificates: { lync: { file: 'new.cer', facts: factsOf(renewed.der) }, exchange: null } }), edges);
    const ids = result.ok ? result.value.findings.map((f) => `${f.id}:${f.severity}`) : [];
    expect(ids).toContain('metadata.key-mismatch:error');
    expect(ids).toContain('exchange.does-not-trust-lync:error');
  });

  it('offline: checks the saved documents the project names, says which side was not checked, and probes nothing', async () => {
    await writeFile(join(dir, 'lync-metadata.json'), JSON.stringify(lyncDocument('litwareinc.com', [oauth])));
    const result = await checkProjectMetadata(input(project(443, { lyncMetadataFile: 'lync-metadata.json' }), { offline: true }), edges);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.lync).toMatchObject({ source: { kind: 'file', file: 'lync-metadata.json' }, tls: null });
    expect(result.value.lync?.keyMatches).toHaveLength(1);
    expect(result.value.exchange).toBeNull();
    expect(result.value.findings).toEqual([
      expect.objectContaining({ id: 'metadata.not-checked', severity: 'warning', subject: 'exchangeMetadataFile' }),
      expect.objectContaining({ id: 'exchange.trust-unknown', severity: 'info' }),
    ]);
  });

  it('offline: a saved document that cannot be read is an error naming the field and the file', async () => {
    const result = await checkProjectMetadata(input(project(443, { exchangeMetadataFile: 'missing.json' }), { offline: true }), edges);
    expect(result).toMatchObject({ ok: false, error: { code: 'metadata.file-unreadable', subject: 'exchangeMetadataFile', message: 'exchangeMetadataFile: cannot read missing.json: it does not exist.' } });
  });
});
