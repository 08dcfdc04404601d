/**
 * Concurrency of the network checks: 50 loopback endpoints answering after delays spread over 0–500 ms, fetched
 * at once the way the project check fetches its documents; and what an endpoint that never answers costs against
 * its timeout. Figures are printed, not asserted (goal: wall time ≤ 1.2 × the largest delay).
 * The 50 servers run in a worker thread, as remote servers would run elsewhere: their TLS work does not share
 * the checking thread's time.
 */
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import * as tls from 'node:tls';
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { startDelayedServersInWorker, type DelayedServers } from '../../../tests/helpers/delayed-https-servers.js';
import { loopbackLookup, makeTestPki, startSilentServer } from '../../../tests/helpers/loopback-https.js';
import { lyncDocument } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate } from '../../../tests/helpers/test-pki.js';
import type { NetworkEdges } from '../net/https-client.js';
import { runtimeRoots, type TlsRootsModule } from '../net/runtime-roots.js';
import { buildTrustStore } from '../net/trust-store.js';
import { fetchMetadata } from './fetch-metadata.js';

const host = 'endpoint.litwareinc.com';
const pki = makeTestPki();
// Lync's OAuthTokenIssuer certificate, issued by the (test) internal CA as it usually is.
const body = JSON.stringify(lyncDocument('litwareinc.com', [makeCertificate({ issuer: pki.root, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'], key: pki.key })]));
const edges: NetworkEdges = { request: httpsRequest, lookup: loopbackLookup([host]), now: () => performance.now(), createSecureContext: tls.createSecureContext };
const delays = Array.from({ length: 50 }, (_, i) => Math.round((i * 500) / 49));
const neverTimeoutMs = 1000;
// The trust store a project check builds once: the runtime's roots plus the project's CA.
const trustStore = buildTrustStore({ ...runtimeRoots(tls as unknown as TlsRootsModule), imported: [{ file: 'root.pem', pem: pki.root.pem }] });
const options = { role: 'lync' as const, realm: 'litwareinc.com', now: new Date(), certificates: [], ca: trustStore.ca, pins: {} };

let servers: DelayedServers;
let ports: number[] = [];
let silent: Awaited<ReturnType<typeof startSilentServer>>;
const walls: number[] = [];
const neverCosts: number[] = [];

beforeAll(async () => {
  servers = await startDelayedServersInWorker({ delays, certificates: [pki.leaf(host), pki.root], routes: { '/metadata/json/1': { status: 200, body } } });
  ports = servers.ports;
  silent = await startSilentServer();
});

afterAll(async () => {
  await servers.close();
  await silent.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
  const largest = Math.max(...delays);
  const wall = median(walls);
  const never = median(neverCosts);
  console.log(
    [
      '',
      `50 endpoints, delays 0–${largest} ms, fetched at once: wall time ${wall.toFixed(0)} ms (median of ${walls.length}); ratio to the largest delay ${(wall / largest).toFixed(2)} (goal ≤ 1.2)`,
      `an endpoint that never answers, timeout ${neverTimeoutMs} ms: costs ${never.toFixed(0)} ms (median of ${neverCosts.length}); ratio ${(never / neverTimeoutMs).toFixed(3)}`,
      '',
    ].join('\n'),
  );
});

describe('network checks run concurrently', () => {
  bench(
    '50 endpoints with delays over 0–500 ms, as one check',
    async () => {
      const started = performance.now();
      const reports = await Promise.all(ports.map((port) => fetchMetadata({ ...options, url: `https://${host}:${port}/metadata/json/1` }, edges)));
      walls.push(performance.now() - started);
      if (reports.some((r) => !r.ok || r.value.findings.length > 0)) throw new Error('an endpoint did not give its document');
    },
    { iterations: 5, time: 0, warmupIterations: 1 },
  );

  bench(
    'an endpoint that never answers, against its timeout',
    async () => {
      const started = performance.now();
      const report = await fetchMetadata({ ...options, url: `https://${host}:${silent.port}/metadata/json/1`, timeoutMs: neverTimeoutMs }, edges);
      neverCosts.push(performance.now() - started);
      if (!report.ok || report.value.findings[0]?.id !== 'metadata.timeout') throw new Error('expected metadata.timeout');
    },
    { iterations: 3, time: 0, warmupIterations: 0 },
  );
});
