/** The HTTPS client against real loopback servers with certificates from a CA this test makes. */
import { createHash } from 'node:crypto';
import { request as httpsRequest } from 'node:https';
import { createSecureContext } from 'node:tls';
import { performance } from 'node:perf_hooks';
import { closedPort, loopbackLookup, makeTestPki, startHttpServer, startHttpsServer, startSilentServer, type LoopbackServer } from '../../../tests/helpers/loopback-https.js';
import { httpsFetch, type HttpsRequest, type HttpsRequestFunction, type NetworkEdges } from './https-client.js';

const pool = 'atl-cs-001.litwareinc.com';
const pki = makeTestPki();
const lookup = loopbackLookup([pool, 'wrong-name.litwareinc.com', 'selfsigned.litwareinc.com']);
const edges: NetworkEdges = { request: httpsRequest, lookup, now: () => performance.now(), createSecureContext };
const trusted = [pki.root.pem];
const document = JSON.stringify({ serviceName: '00000004-0000-0ff1-ce00-000000000000' });

let servers: { close(): Promise<void> }[] = [];
async function server<T extends { close(): Promise<void> }>(started: Promise<T>): Promise<T> {
  const s = await started;
  servers.push(s);
  return s;
}
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

const leaf = pki.leaf(pool);
const poolServer = (handler: Parameters<typeof startHttpsServer>[1]) => server(startHttpsServer([leaf, pki.root], handler));
const get = (s: LoopbackServer, path: string, extra: Partial<HttpsRequest> = {}, host = pool) => httpsFetch({ url: `${s.origin(host)}${path}`, ca: trusted, ...extra }, edges);

describe('httpsFetch', () => {
  it('fetches a document: status, content type, body, and the certificate the server presented', async () => {
    const s = await poolServer((_q, r) => r.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(document));
    const result = await get(s, '/metadata/json/1');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ status: 200, contentType: 'application/json; charset=utf-8', redirects: [], url: `${s.origin(pool)}/metadata/json/1` });
    expect(Buffer.from(result.value.body).toString('utf8')).toBe(document);
    expect(result.value.tls).toMatchObject({ endpoint: `${pool}:${s.port}`, pinned: false });
    expect(result.value.tls.certificate?.chain[0]?.subject).toBe(`CN=${pool}`);
    expect(s.requests[0]).toMatchObject({ method: 'GET', url: '/metadata/json/1' });
  });

  it('without createSecureContext, parses the roots for each connection and fetches the same', async () => {
    const s = await poolServer((_q, r) => r.end(document));
    const result = await httpsFetch({ url: `${s.origin(pool)}/`, ca: trusted }, { request: httpsRequest, lookup, now: () => performance.now() });
    expect(result.ok && Buffer.from(result.value.body).toString()).toBe(document);
    const refused = await httpsFetch({ url: `${s.origin(pool)}/`, ca: [] }, { request: httpsRequest, lookup, now: () => performance.now() });
    expect(!refused.ok && refused.error.tlsRejection).toBe('unknown-ca');
  });

  it('builds one secure context per trust store content, however many fetches assemble their own copy of it', async () => {
    const s = await poolServer((_q, r) => r.end(document));
    const built: string[][] = [];
    const counting: NetworkEdges = { ...edges, createSecureContext: (options) => (built.push([...(options.ca as string[])]), createSecureContext(options)) };
    // A store no other test uses: the cache is the module's.
    const other = makeTestPki();
    const store = () => [pki.root.pem, other.root.pem];
    for (let i = 0; i < 3; i += 1) expect((await httpsFetch({ url: `${s.origin(pool)}/`, ca: store() }, counting)).ok).toBe(true);
    expect(built).toHaveLength(1);
    // Another store gets its own context (here one that does not trust the server).
    const refused = await httpsFetch({ url: `${s.origin(pool)}/`, ca: [other.root.pem] }, counting);
    expect(refused.ok).toBe(false);
    expect(built).toHaveLength(2);
  });

  it('reports a non-200 answer as a response, not an error', async () => {
    const s = await poolServer((_q, r) => r.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>'));
    const result = await get(s, '/metadata/json/1');
    expect(result.ok && result.value.status).toBe(404);
    expect(result.ok && result.value.contentType).toBe('text/html');
  });

  it('refuses a certificate from an unknown CA, and shows the chain the server presented, root included', async () => {
    const s = await poolServer((_q, r) => r.end(document));
    const result = await get(s, '/', { ca: [] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'unknown-ca' });
    expect(result.error.message).toContain('does not chain to a root this computer trusts');
    expect(result.error.presented?.chain.map((c) => c.subject)).toEqual([`CN=${pool}`, 'CN=Litware Test Root CA']);
    expect(result.error.presented?.rootCa?.sha256Fingerprint).toMatch(/^[0-9A-F]{64}$/);
    expect(s.requests).toHaveLength(0);
  });

  it('refuses a certificate issued for another host name (real host-name verification)', async () => {
    const s = await poolServer((_q, r) => r.end(document));
    const result = await get(s, '/', {}, 'wrong-name.litwareinc.com');
    expect(!result.ok && result.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'wrong-host' });
    expect(!result.ok && result.error.presented?.chain[0]?.subjectAlternativeNames).toEqual([pool]);
  });

  it('refuses an expired certificate', async () => {
    const expired = pki.leaf(pool, { notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2021-01-01T00:00:00Z') });
    const s = await server(startHttpsServer([expired, pki.root], (_q, r) => r.end(document)));
    const result = await get(s, '/');
    expect(!result.ok && result.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'expired' });
  });

  describe('pins', () => {
    const selfSigned = pki.selfSigned('selfsigned.litwareinc.com');
    const selfSignedSha256 = () => createHash('sha256').update(selfSigned.der).digest('hex');

    it('trusts a self-signed certificate only once its SHA-256 is pinned for that endpoint', async () => {
      const s = await server(startHttpsServer([selfSigned], (_q, r) => r.end(document)));
      const endpoint = `selfsigned.litwareinc.com:${s.port}`;
      const refused = await get(s, '/', {}, 'selfsigned.litwareinc.com');
      expect(!refused.ok && refused.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'self-signed' });

      const pin = selfSignedSha256().match(/../g)?.join(':') as string;
      const pinned = await get(s, '/', { pins: { [endpoint]: pin } }, 'selfsigned.litwareinc.com');
      expect(pinned.ok && pinned.value.tls.pinned).toBe(true);
      expect(pinned.ok && Buffer.from(pinned.value.body).toString()).toBe(document);
    });

    it('refuses a certificate that differs from the pin', async () => {
      const s = await server(startHttpsServer([selfSigned], (_q, r) => r.end(document)));
      const result = await get(s, '/', { pins: { [`selfsigned.litwareinc.com:${s.port}`]: 'AB'.repeat(32) } }, 'selfsigned.litwareinc.com');
      expect(!result.ok && result.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'pin-mismatch' });
      expect(s.requests).toHaveLength(0);
    });

    it('pins a certificate issued by a CA this computer does not trust', async () => {
      const s = await poolServer((_q, r) => r.end(document));
      const refused = await get(s, '/', { ca: [] });
      const fingerprint = !refused.ok ? refused.error.presented?.chain[0]?.sha256Fingerprint : undefined;
      expect(fingerprint).toMatch(/^[0-9A-F]{64}$/);
      const pinned = await get(s, '/', { ca: [], pins: { [`${pool}:${s.port}`]: (fingerprint as string).toLowerCase() } });
      expect(pinned.ok && pinned.value.tls.pinned).toBe(true);
    });

    it('still verifies the host name of a pinned certificate', async () => {
      const s = await server(startHttpsServer([selfSigned], (_q, r) => r.end(document)));
      const result = await get(s, '/', { pins: { [`${pool}:${s.port}`]: selfSignedSha256() } }, pool);
      expect(!result.ok && result.error).toMatchObject({ code: 'net.tls-untrusted', tlsRejection: 'wrong-host' });
    });
  });

  describe('one deadline for the whole request', () => {
    it('gives up on a server that answers too late', async () => {
      const s = await poolServer((_q, r) => void setTimeout(() => r.end(document), 2000).unref());
      const result = await get(s, '/', { timeoutMs: 300 });
      expect(!result.ok && result.error).toMatchObject({ code: 'net.timeout' });
      expect(!result.ok && result.error.message).toContain('within 300 ms');
    });

    it('gives up on a server that accepts the connection and never speaks', async () => {
      const silent = await server(startSilentServer());
      const result = await httpsFetch({ url: `https://${pool}:${silent.port}/metadata/json/1`, ca: trusted, timeoutMs: 5000, connectTimeoutMs: 300 }, edges);
      expect(!result.ok && result.error).toMatchObject({ code: 'net.timeout' });
      expect(!result.ok && result.error.message).toContain('did not complete a TLS connection within 300 ms');
      expect(silent.connections()).toBe(1);
    });

    it('counts a body that trickles in slowly against the same deadline', async () => {
      const s = await poolServer((_q, r) => {
        r.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => r.write(' '), 50);
        r.on('close', () => clearInterval(timer));
      });
      const result = await get(s, '/', { timeoutMs: 400 });
      expect(!result.ok && result.error.code).toBe('net.timeout');
    });
  });

  it('can be cancelled', async () => {
    const s = await poolServer((_q, r) => void setTimeout(() => r.end(document), 5000).unref());
    const controller = new AbortController();
    const pending = get(s, '/', { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    const result = await pending;
    expect(!result.ok && result.error.code).toBe('net.aborted');
  });

  describe('body cap', () => {
    const twoMiB = Buffer.alloc(2 * 1024 * 1024, 0x20);

    it('refuses a 2 MiB body announced by Content-Length without reading it', async () => {
      const s = await poolServer((_q, r) => r.writeHead(200, { 'content-length': String(twoMiB.length) }).end(twoMiB));
      const result = await get(s, '/');
      expect(!result.ok && result.error).toMatchObject({ code: 'net.too-large' });
      expect(!result.ok && result.error.message).toContain('2097152 bytes');
    });

    it('stops a streamed 2 MiB body once it passes 1 MiB', async () => {
      const s = await poolServer((_q, r) => {
        r.writeHead(200, { 'content-type': 'application/json' });
        r.end(twoMiB);
      });
      const result = await get(s, '/');
      expect(!result.ok && result.error).toMatchObject({ code: 'net.too-large' });
      expect(!result.ok && result.error.message).toContain('more than 1048576 bytes');
    });
  });

  describe('redirects', () => {
    it('follows up to three https redirects and reports them', async () => {
      const s = await poolServer((q, r) => {
        const n = Number(q.url?.slice(1));
        if (n < 3) r.writeHead(302, { location: `/${n + 1}` }).end();
        else r.end(document);
      });
      const result = await get(s, '/0');
      expect(result.ok && result.value.redirects.map((u) => new URL(u).pathname)).toEqual(['/1', '/2', '/3']);
      expect(result.ok && result.value.url).toBe(`${s.origin(pool)}/3`);
    });

    it('refuses a fourth redirect', async () => {
      const s = await poolServer((q, r) => r.writeHead(301, { location: `/${Number(q.url?.slice(1)) + 1}` }).end());
      const result = await get(s, '/0');
      expect(!result.ok && result.error).toMatchObject({ code: 'net.redirect-refused', redirect: { status: 301, location: '/4' } });
      expect(s.requests).toHaveLength(4);
    });

    it('refuses a redirect to http and sends nothing there', async () => {
      const plain = await server(startHttpServer((_q, r) => r.end(document)));
      const s = await poolServer((_q, r) => r.writeHead(302, { location: `${plain.origin('127.0.0.1')}/metadata/json/1` }).end());
      const result = await get(s, '/metadata/json/1');
      expect(!result.ok && result.error.code).toBe('net.redirect-refused');
      expect(!result.ok && result.error.message).toContain('it leaves https for http');
      expect(plain.requests).toHaveLength(0);
    });

    it('refuses a redirect loop', async () => {
      const s = await poolServer((q, r) => r.writeHead(307, { location: q.url === '/a' ? '/b' : '/a' }).end());
      const result = await get(s, '/a');
      expect(!result.ok && result.error.message).toContain('redirect loop');
      expect(s.requests.map((q) => q.url)).toEqual(['/a', '/b']);
    });

    it('returns a 3xx as it is when asked not to follow', async () => {
      const s = await poolServer((_q, r) => r.writeHead(302, { location: '/elsewhere' }).end());
      const result = await get(s, '/', { followRedirects: false });
      expect(result.ok && result.value.status).toBe(302);
    });
  });

  it('sends a POST with its headers and body, and keeps every value of a repeated response header', async () => {
    const s = await poolServer((_q, r) => {
      r.setHeader('www-authenticate', ['Negotiate', 'Bearer client_id="x"']);
      r.writeHead(401).end();
    });
    const result = await get(s, '/EWS/Exchange.asmx', { method: 'POST', headers: { authorization: 'Bearer', 'content-type': 'text/xml' }, body: '<x/>' });
    expect(result.ok && result.value.status).toBe(401);
    expect(result.ok && result.value.headers['www-authenticate']).toEqual(['Negotiate', 'Bearer client_id="x"']);
    expect(s.requests[0]).toMatchObject({ method: 'POST', body: '<x/>', headers: { authorization: 'Bearer' } });
  });

  it('reports a refused connection and a name that does not resolve as unreachable', async () => {
    const port = await closedPort();
    const refused = await httpsFetch({ url: `https://${pool}:${port}/`, ca: trusted }, edges);
    expect(!refused.ok && refused.error.code).toBe('net.unreachable');
    expect(!refused.ok && refused.error.message).toContain('refused the connection');
    const unknown = await httpsFetch({ url: 'https://nowhere.litwareinc.com/metadata/json/1', ca: trusted }, edges);
    expect(!unknown.ok && unknown.error.code).toBe('net.unreachable');
    expect(!unknown.ok && unknown.error.message).toContain('could not be resolved');
  });

  it('refuses an http:// URL before anything is sent', async () => {
    let calls = 0;
    const counting: HttpsRequestFunction = (options, callback) => {
      calls += 1;
      return httpsRequest(options, callback);
    };
    const result = await httpsFetch({ url: 'http://atl-cs-001.litwareinc.com/metadata/json/1', ca: trusted }, { ...edges, request: counting });
    expect(!result.ok && result.error.code).toBe('net.not-https');
    expect(calls).toBe(0);
    const garbage = await httpsFetch({ url: 'not a url', ca: trusted }, { ...edges, request: counting });
    expect(!garbage.ok && garbage.error.code).toBe('net.invalid-url');
    expect(calls).toBe(0);
  });
});
