/**
 * Does Exchange trust Lync? An anonymous POST to EWS with an empty `Authorization: Bearer` header: Exchange answers
 * 401 with `WWW-Authenticate: Bearer … trusted_issuers="…"` listing the issuers of its partner applications
 * (domain.md §2.3). `00000004-0000-0ff1-ce00-000000000000@<realm>` among them proves Exchange has a Lync partner
 * application for this realm. Sends no credentials and nothing else; bounded by the same deadline as every fetch.
 *
 * Before the Exchange side is configured (wizard step 4) Lync is not expected there yet: its absence is a warning.
 * The caller says whether it has been configured (`configured`, the project's `options.exchangeTrustConfigured`,
 * which the admin ticks once the Exchange script has run); from then on its absence is an error.
 */
import { finding, type Finding } from '../findings.js';
import { endpointOf, httpsFetch, type NetworkEdges } from '../net/https-client.js';
import { fail, ok, type Result } from '../result.js';
import { parseBearerChallenge } from './bearer-challenge.js';
import type { EndpointTls } from './metadata-report.js';
import { serviceIdOf, splitIssuer } from './well-known-services.js';

export interface TrustProbeOptions {
  /** `https://<autodiscover FQDN>/EWS/Exchange.asmx` unless the project says otherwise. */
  ewsUrl: string;
  realm: string;
  /** The Exchange side has been configured: a missing Lync issuer is then an error, not a warning. */
  configured: boolean;
  /** Named in the fix: the URL Exchange must be given. */
  lyncMetadataUrl: string;
  ca: readonly string[];
  pins: Readonly<Record<string, string>>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface TrustProbeReport {
  url: string;
  /** Null when no HTTP answer came. */
  status: number | null;
  /** Exchange's own id from the challenge (client_id). */
  clientId: string | null;
  /** Null when no Bearer challenge with trusted_issuers was read. */
  trustedIssuers: string[] | null;
  expectedIssuer: string;
  /** Null when it could not be told. */
  trusted: boolean | null;
  findings: Finding[];
  tls: EndpointTls | null;
}

const enableOAuth =
  "If EWS does not offer OAuth, enable it on every Exchange server: Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -OAuthAuthentication $true, then iisreset. A proxy or load balancer answering in Exchange's place gives the same result.";

function unknown(severity: 'warning' | 'info', url: string, detail: string, fix: string): Finding {
  return finding('exchange.trust-unknown', severity, { subject: url, detail, fix });
}

function verdict(options: TrustProbeOptions, issuers: string[]): { trusted: boolean; finding: Finding } {
  const expected = `${serviceIdOf.lync}@${options.realm}`;
  const listed = `Exchange lists as trusted issuers: ${issuers.length > 0 ? issuers.join(', ') : 'none'}.`;
  if (issuers.includes(expected)) {
    return {
      trusted: true,
      finding: finding('exchange.trusts-lync', 'ok', { subject: options.ewsUrl, detail: `${listed} ${expected} is among them: Exchange has a partner application for Lync in the realm '${options.realm}'.` }),
    };
  }
  const otherRealms = issuers.filter((i) => splitIssuer(i)?.service.toLowerCase() === serviceIdOf.lync).map((i) => `'${splitIssuer(i)?.realm}'`);
  const why =
    otherRealms.length > 0
      ? ` Exchange trusts Lync for the realm ${otherRealms.join(', ')}, not for '${options.realm}': realms are compared case-sensitively, and tokens from this pool carry '${options.realm}'.`
      : ` ${expected} is not among them: Exchange has no enabled partner application for Lync in this realm.`;
  const configure = `Configure-EnterprisePartnerApplication.ps1 -AuthMetadataUrl '${options.lyncMetadataUrl}' -ApplicationType Lync (Exchange Management Shell, in $env:ExchangeInstallPath\\Scripts), then iisreset on each Exchange server`;
  return {
    trusted: false,
    finding: finding('exchange.does-not-trust-lync', options.configured ? 'error' : 'warning', {
      subject: options.ewsUrl,
      detail: `${listed}${why}${options.configured ? '' : ' That is expected until the Exchange side is configured (step "Exchange trusts Lync").'}`,
      fix: options.configured
        ? `Check the Lync partner application on Exchange: Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' } | Format-List Name,Enabled,Realm,AuthMetadataUrl (Enabled True, Realm '${options.realm}'); if it is missing, run ${configure}. After a change, run iisreset on each Exchange server.`
        : `Run ${configure}.`,
    }),
  };
}

export async function probeExchangeTrust(options: TrustProbeOptions, edges: NetworkEdges): Promise<Result<TrustProbeReport>> {
  const url = options.ewsUrl;
  const expectedIssuer = `${serviceIdOf.lync}@${options.realm}`;
  const report = (fields: Pick<TrustProbeReport, 'status' | 'findings' | 'tls'> & Partial<TrustProbeReport>): TrustProbeReport => ({
    url,
    clientId: null,
    trustedIssuers: null,
    expectedIssuer,
    trusted: null,
    ...fields,
  });
  const answer = await httpsFetch(
    {
      url,
      method: 'POST',
      // An empty bearer token: Exchange answers with the challenge. No credential of any kind is sent.
      headers: { authorization: 'Bearer', 'content-type': 'text/xml; charset=utf-8', 'content-length': '0' },
      body: '',
      followRedirects: false,
      ca: options.ca,
      pins: options.pins,
      timeoutMs: options.timeoutMs,
      signal: options.signal,
    },
    edges,
  );
  if (!answer.ok) {
    const { error } = answer;
    if (error.code === 'net.aborted' || error.code === 'net.invalid-url' || error.code === 'net.not-https') return fail(error.code, error.message, url);
    const tls: EndpointTls | null =
      error.code === 'net.tls-untrusted'
        ? { endpoint: error.presented?.endpoint ?? endpointOf(new URL(error.url)), certificate: error.presented ?? null, rejection: error.tlsRejection ?? 'other', pinned: false }
        : null;
    return ok(
      report({
        status: null,
        tls,
        findings: [unknown('warning', url, `The probe got no answer from EWS: ${error.message}`, 'Fix the connection to EWS first (the Exchange metadata endpoint is usually on the same host and shows the same problem in more detail).')],
      }),
    );
  }
  const response = answer.value;
  const tls: EndpointTls = { endpoint: response.tls.endpoint, certificate: response.tls.certificate, rejection: null, pinned: response.tls.pinned };
  const challenges = response.headers['www-authenticate'] ?? [];
  if (response.status !== 401) {
    return ok(report({ status: response.status, tls, findings: [unknown('warning', url, `EWS answered ${response.status} to an anonymous request instead of 401 with a Bearer challenge.`, enableOAuth)] }));
  }
  const bearer = parseBearerChallenge(challenges);
  if (bearer === null) {
    const offered = challenges.length > 0 ? challenges.join('; ') : 'no WWW-Authenticate header';
    return ok(report({ status: 401, tls, findings: [unknown('warning', url, `EWS answered 401 but offered no Bearer (OAuth) challenge (${offered}): it does not accept OAuth tokens, so Lync's cannot be accepted either.`, enableOAuth)] }));
  }
  const clientId = bearer.params.client_id ?? null;
  if (bearer.params.trusted_issuers === undefined) {
    return ok(
      report({
        status: 401,
        tls,
        clientId,
        findings: [unknown('warning', url, 'EWS offered a Bearer challenge without trusted_issuers, so the issuers Exchange trusts could not be read.', 'Check the partner applications on Exchange: Get-PartnerApplication | Format-List Name,Enabled,Realm,ApplicationIdentifier.')],
      }),
    );
  }
  const { trusted, finding: result } = verdict(options, bearer.trustedIssuers);
  return ok(report({ status: 401, tls, clientId, trustedIssuers: bearer.trustedIssuers, trusted, findings: [result] }));
}

/** With `--offline` nothing is probed; the report says so. */
export function trustNotProbed(ewsUrl: string, realm: string): TrustProbeReport {
  return {
    url: ewsUrl,
    status: null,
    clientId: null,
    trustedIssuers: null,
    expectedIssuer: `${serviceIdOf.lync}@${realm}`,
    trusted: null,
    tls: null,
    findings: [unknown('info', ewsUrl, 'Offline: whether Exchange trusts Lync was not probed (it takes a request to EWS).', 'Run the check without --offline from a computer that reaches Exchange.')],
  };
}
