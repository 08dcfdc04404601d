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
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { endpointOf, httpsFetch, type NetworkEdges } from '../net/https-client.js';
import { errorValue, fail, ok, type Result } from '../result.js';
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

const enableOAuth = msg('exchange.trust-unknown.fix.enable-oauth', {
  command: 'Get-WebServicesVirtualDirectory | Set-WebServicesVirtualDirectory -OAuthAuthentication $true',
});

function unknown(severity: 'warning' | 'info', url: string, detail: Message, fix: Message): Finding {
  return finding('exchange.trust-unknown', severity, { subject: url, detail, fix });
}

function verdict(options: TrustProbeOptions, issuers: string[]): { trusted: boolean; finding: Finding } {
  const expected = `${serviceIdOf.lync}@${options.realm}`;
  const listed = issuers.length > 0 ? msg('exchange.listed', { issuers: issuers.join(', ') }) : msg('exchange.listed.none');
  if (issuers.includes(expected)) {
    return {
      trusted: true,
      finding: finding('exchange.trusts-lync', 'ok', { subject: options.ewsUrl, detail: msg('exchange.trusts-lync.detail', { listed, expected, realm: options.realm }) }),
    };
  }
  const otherRealms = issuers.filter((i) => splitIssuer(i)?.service.toLowerCase() === serviceIdOf.lync).map((i) => `'${splitIssuer(i)?.realm}'`);
  const why =
    otherRealms.length > 0
      ? msg('exchange.does-not-trust-lync.why.other-realm', { realms: otherRealms.join(', '), realm: options.realm })
      : msg('exchange.does-not-trust-lync.why.absent', { expected });
  const configure = msg('exchange.does-not-trust-lync.configure', {
    command: `Configure-EnterprisePartnerApplication.ps1 -AuthMetadataUrl '${options.lyncMetadataUrl}' -ApplicationType Lync`,
    folder: '$env:ExchangeInstallPath\\Scripts',
  });
  return {
    trusted: false,
    finding: finding('exchange.does-not-trust-lync', options.configured ? 'error' : 'warning', {
      subject: options.ewsUrl,
      detail: msg(options.configured ? 'exchange.does-not-trust-lync.detail.configured' : 'exchange.does-not-trust-lync.detail.not-configured', { listed, why }),
      fix: options.configured
        ? msg('exchange.does-not-trust-lync.fix.configured', {
            command: "Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' } | Format-List Name,Enabled,Realm,AuthMetadataUrl",
            realm: options.realm,
            configure,
          })
        : msg('exchange.does-not-trust-lync.fix.not-configured', { configure }),
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
    if (error.code === 'net.aborted' || error.code === 'net.invalid-url' || error.code === 'net.not-https') return fail(error.code, error.text ?? error.message, url);
    const tls: EndpointTls | null =
      error.code === 'net.tls-untrusted'
        ? { endpoint: error.presented?.endpoint ?? endpointOf(new URL(error.url)), certificate: error.presented ?? null, rejection: error.tlsRejection ?? 'other', pinned: false }
        : null;
    return ok(
      report({
        status: null,
        tls,
        findings: [unknown('warning', url, msg('exchange.trust-unknown.detail.no-answer', { reason: errorValue(error) }), msg('exchange.trust-unknown.fix.no-answer'))],
      }),
    );
  }
  const response = answer.value;
  const tls: EndpointTls = { endpoint: response.tls.endpoint, certificate: response.tls.certificate, rejection: null, pinned: response.tls.pinned };
  const challenges = response.headers['www-authenticate'] ?? [];
  if (response.status !== 401) {
    // The status is written as it is (a code, not a quantity).
    const detail = msg('exchange.trust-unknown.detail.status', { status: String(response.status) });
    return ok(report({ status: response.status, tls, findings: [unknown('warning', url, detail, enableOAuth)] }));
  }
  const bearer = parseBearerChallenge(challenges);
  if (bearer === null) {
    const detail =
      challenges.length > 0
        ? msg('exchange.trust-unknown.detail.no-bearer', { offered: challenges.join('; ') })
        : msg('exchange.trust-unknown.detail.no-bearer.no-header');
    return ok(report({ status: 401, tls, findings: [unknown('warning', url, detail, enableOAuth)] }));
  }
  const clientId = bearer.params.client_id ?? null;
  if (bearer.params.trusted_issuers === undefined) {
    return ok(
      report({
        status: 401,
        tls,
        clientId,
        findings: [
          unknown(
            'warning',
            url,
            msg('exchange.trust-unknown.detail.no-issuers'),
            msg('exchange.trust-unknown.fix.no-issuers', { command: 'Get-PartnerApplication | Format-List Name,Enabled,Realm,ApplicationIdentifier' }),
          ),
        ],
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
    findings: [unknown('info', ewsUrl, msg('exchange.trust-unknown.detail.offline'), msg('exchange.trust-unknown.fix.offline', { option: '--offline' }))],
  };
}
