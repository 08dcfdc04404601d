/** The Exchange trust probe against a loopback "EWS" answering 401 the way Exchange does (domain.md §2.3). */
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { closedPort, loopbackLookup, makeTestPki, startHttpsServer, type LoopbackServer } from '../../../tests/helpers/loopback-https.js';
import type { NetworkEdges } from '../net/https-client.js';
import { probeExchangeTrust, type TrustProbeOptions } from './exchange-trust-probe.js';

const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const edges: NetworkEdges = { request: httpsRequest, lookup: loopbackLookup([autodiscover]), now: () => performance.now() };
const lyncIssuer = '00000004-0000-0ff1-ce00-000000000000@litwareinc.com';
const challenge = (issuers: string) =>
  `Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="${issuers}", token_types="app_asserted_user_v1 service_asserted_app_v1", error="invalid_token"`;

let server: LoopbackServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
async function ews(status: number, headers: Record<string, string | string[]>) {
  server = await startHttpsServer([pki.leaf(autodiscover), pki.root], (_q, r) => {
    for (const [name, value] of Object.entries(headers)) r.setHeader(name, value);
    r.writeHead(status).end();
  });
  return `${server.origin(autodiscover)}/EWS/Exchange.asmx`;
}
const probe = (ewsUrl: string, extra: Partial<TrustProbeOptions> = {}) =>
  probeExchangeTrust(
    { ewsUrl, realm: 'litwareinc.com', configured: false, lyncMetadataUrl: 'https://atl-cs-001.litwareinc.com/metadata/json/1', ca: [pki.root.pem], pins: {}, ...extra },
    edges,
  );

describe('probeExchangeTrust', () => {
  it('raises exchange.trusts-lync when Lync of this realm is among the trusted issuers, sending no credentials', async () => {
    const url = await ews(401, { 'www-authenticate': ['Negotiate', 'NTLM', challenge(`00000001-0000-0000-c000-000000000000@9188040d-6c67-4c5b-b112-36a304b66dad,${lyncIssuer}`)] });
    const result = await probe(url);
    expect(result.ok && result.value).toMatchObject({ status: 401, trusted: true, clientId: '00000002-0000-0ff1-ce00-000000000000', expectedIssuer: lyncIssuer });
    expect(result.ok && result.value.findings).toEqual([expect.objectContaining({ id: 'exchange.trusts-lync', severity: 'ok' })]);
    const [request] = server?.requests ?? [];
    expect(request).toMatchObject({ method: 'POST', url: '/EWS/Exchange.asmx', body: '' });
    expect(request?.headers.authorization).toBe('Bearer');
    expect(request?.headers.cookie).toBeUndefined();
  });

  it('raises exchange.does-not-trust-lync as a warning before configuration and an error after', async () => {
    const url = await ews(401, { 'www-authenticate': challenge('00000003-0000-0ff1-ce00-000000000000@litwareinc.com') });
    const before = await probe(url);
    expect(before.ok && before.value.findings).toEqual([expect.objectContaining({ id: 'exchange.does-not-trust-lync', severity: 'warning' })]);
    expect(before.ok && before.value.findings[0]?.fix).toContain("Configure-EnterprisePartnerApplication.ps1 -AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync");
    const after = await probe(url, { configured: true });
    expect(after.ok && after.value.trusted).toBe(false);
    expect(after.ok && after.value.findings[0]).toMatchObject({ id: 'exchange.does-not-trust-lync', severity: 'error' });
    expect(after.ok && after.value.findings[0]?.fix).toContain("Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' }");
  });

  it('says when Exchange trusts Lync for another realm', async () => {
    const url = await ews(401, { 'www-authenticate': challenge('00000004-0000-0ff1-ce00-000000000000@contoso.com') });
    const result = await probe(url);
    expect(result.ok && result.value.findings[0]?.detail).toContain("Exchange trusts Lync for the realm 'contoso.com', not for 'litwareinc.com'");
  });

  it.each([
    ['EWS answers 200', 200, {}, 'answered 200 to an anonymous request'],
    ['EWS offers no Bearer challenge', 401, { 'www-authenticate': ['Negotiate', 'NTLM'] }, 'offered no Bearer (OAuth) challenge (Negotiate; NTLM)'],
    ['the challenge lists no issuers', 401, { 'www-authenticate': 'Bearer client_id="00000002-0000-0ff1-ce00-000000000000"' }, 'without trusted_issuers'],
  ])('raises exchange.trust-unknown when %s', async (_case, status, headers, detail) => {
    const result = await probe(await ews(status, headers));
    expect(result.ok && result.value.trusted).toBeNull();
    expect(result.ok && result.value.findings).toEqual([expect.objectContaining({ id: 'exchange.trust-unknown', severity: 'warning' })]);
    expect(result.ok && result.value.findings[0]?.detail).toContain(detail);
  });

  it('raises exchange.trust-unknown when EWS cannot be reached', async () => {
    const result = await probe(`https://${autodiscover}:${await closedPort()}/EWS/Exchange.asmx`);
    expect(result.ok && result.value.findings[0]?.detail).toContain('The probe got no answer from EWS');
  });
});
