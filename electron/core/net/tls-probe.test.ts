import { createServer as createTlsServer } from 'node:tls';
import { connect } from 'node:tls';
import type { AddressInfo } from 'node:net';
import { closedPort, loopbackLookup, startHttpsServer, startSilentServer, type LoopbackServer } from '../../../tests/helpers/loopback-https.js';
import { ecCertificateFromOpenssl, makeCa, makeCertificate, rsaKey } from '../../../tests/helpers/test-pki.js';
import { parseProbeTarget, probeTls } from './tls-probe.js';
import { buildTrustStore } from './trust-store.js';

const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const issuing = makeCa({ issuer: root, commonName: 'Litware Issuing CA', key });
const otherRoot = makeCa({ commonName: 'Somebody Else Root', key });
const leaf = (options: { host?: string; issuer?: typeof root; notAfter?: Date; notBefore?: Date } = {}) =>
  makeCertificate({ issuer: options.issuer ?? issuing, key, commonName: options.host ?? pool, dnsNames: [options.host ?? pool], notBefore: options.notBefore ?? new Date('2026-01-01'), notAfter: options.notAfter ?? new Date('2028-01-01') });

const trustStore = buildTrustStore({ bundled: [], system: null, imported: [{ file: 'root.cer', pem: root.pem }] });
const edges = { connect, lookup: loopbackLookup([pool, autodiscover]) };
const now = new Date('2026-11-26T09:00:00Z');
const servers: { close(): Promise<void> }[] = [];
afterAll(async () => Promise.all(servers.map((s) => s.close())));

async function serve(...certificates: Parameters<typeof startHttpsServer>[0]): Promise<LoopbackServer> {
  const server = await startHttpsServer(certificates, (_request, response) => response.end('ok'));
  servers.push(server);
  return server;
}

describe('probeTls against loopback servers', () => {
  it('a trusted chain naming the host: the presented chain, no finding', async () => {
    const server = await serve(leaf(), issuing);
    const report = await probeTls({ target: `${pool}:${server.port}`, trustStore, now }, edges);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value).toMatchObject({ endpoint: `${pool}:${server.port}`, verification: { trusted: true, error: null }, findings: [], daysLeft: 400 });
    // The server sent leaf and issuing CA; Node completes a verified chain with the trusted root.
    expect(report.value.chain.map((c) => c.subject)).toEqual([`CN=${pool}`, 'CN=Litware Issuing CA', 'CN=Litware Root CA']);
    expect(report.value.protocol).toMatch(/^TLSv1\.[23]$/);
  });

  it('an unknown CA: cert.untrusted-chain, and the refused chain is still shown', async () => {
    const server = await serve(leaf({ issuer: otherRoot }));
    const report = await probeTls({ target: `https://${pool}:${server.port}/metadata/json/1`, trustStore, now }, edges);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.verification.trusted).toBe(false);
    expect(report.value.findings.map((f) => f.id)).toEqual(['cert.untrusted-chain']);
    expect(report.value.chain[0]?.issuer).toBe('CN=Somebody Else Root');
  });

  it('the wrong host: cert.hostname-mismatch (and the chain itself is trusted)', async () => {
    const server = await serve(leaf({ host: 'mail.litwareinc.com' }), issuing);
    const report = await probeTls({ target: `${autodiscover}:${server.port}`, trustStore, now }, edges);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.findings.map((f) => f.id)).toEqual(['cert.hostname-mismatch']);
    expect(report.value.findings[0]?.detail).toContain('mail.litwareinc.com');
  });

  it('an expired certificate: cert.expired, not also an untrusted chain', async () => {
    const server = await serve(leaf({ notBefore: new Date('2024-01-01'), notAfter: new Date('2026-11-01') }), issuing);
    const report = await probeTls({ target: `${pool}:${server.port}`, trustStore, now }, edges);
    if (!report.ok) throw new Error(report.error.message);
    expect(report.value.findings.map((f) => `${f.id}:${f.severity}`)).toEqual(['cert.expired:error']);
    expect(report.value.findings[0]?.fix).toContain('Enable-ExchangeCertificate');
  });

  it('an EC certificate: cert.unsupported-algorithm as a warning, with what Node verified', async () => {
    const ec = ecCertificateFromOpenssl(pool);
    const server = createTlsServer({ key: ec.keyPem, cert: ec.certificatePem }, (socket) => socket.end());
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push({ close: () => new Promise<void>((resolve) => server.close(() => resolve())) });
    const port = (server.address() as AddressInfo).port;
    const ecTrusted = buildTrustStore({ bundled: [], system: null, imported: [{ file: 'ec.pem', pem: ec.certificatePem }] });
    const trustedReport = await probeTls({ target: `${pool}:${port}`, trustStore: ecTrusted, now }, edges);
    expect(trustedReport.ok && trustedReport.value.findings.map((f) => `${f.id}:${f.severity}`)).toEqual(['cert.unsupported-algorithm:warning']);
    const untrusted = await probeTls({ target: `${pool}:${port}`, trustStore, now }, edges);
    expect(untrusted.ok && untrusted.value.findings.map((f) => f.id)).toEqual(['cert.untrusted-chain', 'cert.unsupported-algorithm']);
  });
});

describe('probeTls when there is nothing to check', () => {
  it('times out on a server that never answers (one deadline for connect and handshake)', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const started = Date.now();
    const report = await probeTls({ target: `${pool}:${silent.port}`, trustStore, now, timeoutMs: 300 }, edges);
    expect(report).toMatchObject({ ok: false, error: { code: 'tls.timeout' } });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('is cancelled by its AbortSignal', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const controller = new AbortController();
    const pending = probeTls({ target: `${pool}:${silent.port}`, trustStore, now, signal: controller.signal }, edges);
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ ok: false, error: { code: 'tls.cancelled' } });
  });

  it('reports a refused connection and an unknown name as tls.unreachable', async () => {
    const port = await closedPort();
    const refused = await probeTls({ target: `${pool}:${port}`, trustStore, now }, edges);
    expect(refused).toMatchObject({ ok: false, error: { code: 'tls.unreachable', message: expect.stringContaining('refused the connection') } });
    const unknown = await probeTls({ target: 'nowhere.litwareinc.com', trustStore, now }, edges);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'tls.unreachable', message: expect.stringContaining('could not be resolved') } });
  });
});

describe('parseProbeTarget', () => {
  it.each([
    ['atl-cs-001.litwareinc.com', { host: pool, port: 443 }],
    ['atl-cs-001.litwareinc.com:4443', { host: pool, port: 4443 }],
    ['https://autodiscover.litwareinc.com/autodiscover/metadata/json/1', { host: autodiscover, port: 443 }],
    ['https://autodiscover.litwareinc.com:8443/x', { host: autodiscover, port: 8443 }],
    ['[::1]:443', { host: '::1', port: 443 }],
  ])('%s', (target, expected) => {
    expect(parseProbeTarget(target)).toEqual({ ok: true, value: expected });
  });

  it.each(['http://pool.litwareinc.com/', 'pool', 'pool.litwareinc.com:0', 'pool.litwareinc.com:99999', 'a b.litwareinc.com'])('refuses %s', (target) => {
    expect(parseProbeTarget(target)).toMatchObject({ ok: false, error: { code: 'tls.invalid-target' } });
  });
});
