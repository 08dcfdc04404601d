/** Fetching a document from loopback HTTPS servers: every way the network can fail becomes its finding. */
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { closedPort, loopbackLookup, makeTestPki, startHttpServer, startHttpsServer, startSilentServer } from '../../../tests/helpers/loopback-https.js';
import { lyncDocument, thumbprintOf } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate } from '../../../tests/helpers/test-pki.js';
import { decodeCertificate } from '../certs/x509.js';
import type { NetworkEdges } from '../net/https-client.js';
import { fetchMetadata, type FetchMetadataOptions } from './fetch-metadata.js';

const pool = 'atl-cs-001.litwareinc.com';
const pki = makeTestPki();
const tls = pki.leaf(pool);
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const edges: NetworkEdges = { request: httpsRequest, lookup: loopbackLookup([pool, 'other.litwareinc.com']), now: () => performance.now() };
const body = JSON.stringify(lyncDocument('litwareinc.com', [oauth]));

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});
async function serve(handler: Parameters<typeof startHttpsServer>[1], certificates = [tls, pki.root]) {
  const server = await startHttpsServer(certificates, handler);
  closers.push(server.close);
  return server;
}
const options = (url: string, extra: Partial<FetchMetadataOptions> = {}): FetchMetadataOptions => ({
  url,
  role: 'lync',
  realm: 'litwareinc.com',
  now: new Date('2026-11-26T09:00:00Z'),
  certificates: [],
  ca: [pki.root.pem],
  pins: {},
  ...extra,
});
async function report(url: string, extra: Partial<FetchMetadataOptions> = {}) {
  const result = await fetchMetadata(options(url, extra), edges);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('fetchMetadata', () => {
  it("fetches Lync's document, checks it, matches its key with the project's certificate, and keeps the text for saving", async () => {
    const server = await serve((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(body));
    const decoded = decodeCertificate(oauth.der);
    if (!decoded.ok) throw new Error('test certificate');
    const url = `${server.origin(pool)}/metadata/json/1`;
    const result = await report(url, { certificates: [{ file: 'oauth.cer', facts: decoded.value.facts }] });
    expect(result.findings).toEqual([]);
    expect(result.source).toMatchObject({ kind: 'url', url, finalUrl: url, status: 200, contentType: 'application/json', redirects: [] });
    expect(result.document?.serviceName).toBe('00000004-0000-0ff1-ce00-000000000000');
    expect(result.keyMatches).toEqual([{ keyIndex: 0, file: 'oauth.cer', thumbprint: thumbprintOf(oauth) }]);
    expect(result.text).toBe(body);
    expect(result.tls).toMatchObject({ endpoint: `${pool}:${server.port}`, rejection: null, pinned: false });
  });

  it('raises metadata.tls-untrusted with the presented certificate, for the user to import its CA or pin it', async () => {
    const server = await serve((_q, r) => r.end(body));
    const result = await report(`${server.origin(pool)}/metadata/json/1`, { ca: [] });
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.tls-untrusted', severity: 'error' })]);
    expect(result.findings[0]?.detail).toContain(`Presented: CN=${pool}, issued by CN=Litware Test Root CA`);
    expect(result.findings[0]?.fix).toContain('import the CA into the Trusted Root Certification Authorities of every Exchange server');
    expect(result.tls).toMatchObject({ endpoint: `${pool}:${server.port}`, rejection: 'unknown-ca' });
    expect(result.tls?.certificate?.rootCa?.subject).toBe('CN=Litware Test Root CA');
    expect(result.document).toBeNull();
  });

  it('raises metadata.tls-untrusted for a certificate of another host name, naming the names it holds', async () => {
    const server = await serve((_q, r) => r.end(body));
    const result = await report(`${server.origin('other.litwareinc.com')}/metadata/json/1`);
    expect(result.findings[0]?.id).toBe('metadata.tls-untrusted');
    expect(result.findings[0]?.fix).toContain(`The certificate must name other.litwareinc.com (it names ${pool})`);
  });

  it('raises metadata.unreachable for a refused connection and an unknown name', async () => {
    const refused = await report(`https://${pool}:${await closedPort()}/metadata/json/1`);
    expect(refused.findings).toEqual([expect.objectContaining({ id: 'metadata.unreachable' })]);
    expect(refused.findings[0]?.detail).toContain('every Exchange server must reach it too');
    const unknown = await report('https://nowhere.litwareinc.com/metadata/json/1');
    expect(unknown.findings[0]).toMatchObject({ id: 'metadata.unreachable' });
    expect(unknown.findings[0]?.fix).toContain('Resolve-DnsName nowhere.litwareinc.com');
  });

  it('raises metadata.timeout for an endpoint that never answers', async () => {
    const silent = await startSilentServer();
    closers.push(silent.close);
    const result = await report(`https://${pool}:${silent.port}/metadata/json/1`, { timeoutMs: 300 });
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.timeout', severity: 'error' })]);
    expect(result.findings[0]?.fix).toContain(`Test-NetConnection ${pool} -Port 443`);
  });

  it('raises metadata.http-status for a 404, pointing at the right path', async () => {
    const server = await serve((_q, r) => r.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>404</h1>'));
    const result = await report(`${server.origin(pool)}/metadata/json/2`);
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.http-status' })]);
    expect(result.findings[0]?.detail).toContain('answered 404 Not Found (text/html), not 200 OK');
    expect(result.findings[0]?.fix).toContain("Lync's is https://<pool FQDN>/metadata/json/1");
    expect(result.source).toMatchObject({ status: 404 });
  });

  it('raises metadata.redirect-refused for a redirect to http, and nothing reaches the http server', async () => {
    const plain = await startHttpServer((_q, r) => r.end(body));
    closers.push(plain.close);
    const server = await serve((_q, r) => r.writeHead(302, { location: `${plain.origin('127.0.0.1')}/metadata/json/1` }).end());
    const result = await report(`${server.origin(pool)}/metadata/json/1`);
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.redirect-refused' })]);
    expect(plain.requests).toHaveLength(0);
  });

  it('raises metadata.too-large for a 2 MiB body', async () => {
    const server = await serve((_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(Buffer.alloc(2 * 1024 * 1024, 0x20)));
    const result = await report(`${server.origin(pool)}/metadata/json/1`);
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.too-large' })]);
    expect(result.text).toBeNull();
  });

  it('raises metadata.not-json for a sign-in page served with 200, naming its content type', async () => {
    const server = await serve((_q, r) => r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html>Sign in</html>'));
    const result = await report(`${server.origin(pool)}/metadata/json/1`);
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.not-json' })]);
    expect(result.findings[0]?.detail).toContain('The server said it sent text/html; charset=utf-8');
  });

  it('returns an error, not a finding, when cancelled or given an http URL', async () => {
    const server = await serve((_q, r) => void setTimeout(() => r.end(body), 3000).unref());
    const controller = new AbortController();
    const pending = fetchMetadata(options(`${server.origin(pool)}/metadata/json/1`, { signal: controller.signal }), edges);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'net.aborted' } });
    expect(await fetchMetadata(options(`http://${pool}/metadata/json/1`), edges)).toMatchObject({ ok: false, error: { code: 'net.not-https' } });
  });
});
