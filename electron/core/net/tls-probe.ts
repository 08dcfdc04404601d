/**
 * The live TLS probe: connect to an endpoint (`host`, `host:port`, or an https URL), capture the chain the server
 * presents, and check it in the `tls` role. Verification is Node's own and is never switched off: the chain is read
 * when the handshake completes, just before Node accepts or refuses it, so a refused certificate can still be shown.
 * One deadline (default 10 s) covers name resolution, connect and handshake; an AbortSignal cancels.
 * Core does no I/O itself: `connect` (tls.connect) and `lookup` come in as edges.
 */
import { isIP, type LookupFunction } from 'node:net';
import type { ConnectionOptions, TLSSocket } from 'node:tls';
import { hostnameMismatchFinding, checkCertificate, untrustedChainFinding } from '../certs/check-certificate.js';
import { unsupportedAlgorithmFinding } from '../certs/load-finding.js';
import { untrustedChain, type ChainTrust } from '../certs/verify-chain.js';
import { msg } from '../message-catalogue.js';
import { decodeCertificate, daysLeft, type CertificateFacts, type DecodedCertificate } from '../certs/x509.js';
import { sortFindings, type Finding } from '../findings.js';
import { checkFqdn } from '../model/values.js';
import { fail, ok, type Result } from '../result.js';
import { describeConnectionError } from './net-error.js';
import type { TrustStore } from './trust-store.js';

export type TlsConnectFunction = (options: ConnectionOptions) => TLSSocket;

export interface TlsProbeEdges {
  /** `tls.connect`. */
  connect: TlsConnectFunction;
  /** Name resolution; absent means the system's. Tests map their host names to 127.0.0.1. */
  lookup?: LookupFunction;
}

export const defaultProbeTimeoutMs = 10_000;

export interface TlsProbeRequest {
  /** `host`, `host:port` or `https://host[:port]/…`; the port defaults to 443. */
  target: string;
  trustStore: TrustStore;
  now: Date;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface TlsProbeReport {
  /** `host:port`. */
  endpoint: string;
  host: string;
  port: number;
  /** TLS version agreed, e.g. TLSv1.3. */
  protocol: string | null;
  /** The presented chain, leaf first, as far as node-forge reads it (Node adds the trusted root it verified with). */
  chain: CertificateFacts[];
  /** How many presented certificates could not be read (EC keys). */
  unreadable: number;
  daysLeft: number | null;
  /** Node's verdict against the trust store: null error = trusted, host name included. */
  verification: { trusted: boolean; error: string | null };
  findings: Finding[];
}

export function parseProbeTarget(target: string): Result<{ host: string; port: number }> {
  const text = target.trim();
  let host: string;
  let port = 443;
  if (/^[a-z]+:\/\//i.test(text)) {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return fail('tls.invalid-target', msg('error.tls.not-a-url', { target }), target);
    }
    if (url.protocol !== 'https:') return fail('tls.invalid-target', msg('error.tls.not-https', { target }), target);
    host = url.hostname.replace(/^\[|\]$/g, '');
    port = url.port ? Number(url.port) : 443;
  } else {
    const match = /^(?:\[([^\]]+)\]|([^:]+))(?::(\d+))?$/.exec(text);
    if (!match) return fail('tls.invalid-target', msg('error.tls.not-host', { target }), target);
    host = (match[1] ?? match[2] ?? '').toLowerCase();
    if (match[3]) port = Number(match[3]);
  }
  if (!Number.isInteger(port) || port < 1 || port > 65535) return fail('tls.invalid-target', msg('error.tls.bad-port', { target }), target);
  if (isIP(host) === 0) {
    const check = checkFqdn(host);
    if (!check.ok) return fail('tls.invalid-target', msg('error.tls.bad-host', { target, host, reason: check.reason }), target);
  }
  return ok({ host, port });
}

interface Handshake {
  chain: Uint8Array[];
  protocol: string | null;
  /** Node's verification error code (or message), null when it accepted the certificate and the host name. */
  verifyError: string | null;
  verifyMessage: string | null;
}

/** The DER of each presented certificate, leaf first, each once (Node links a self-signed top to itself). */
function chainOf(socket: TLSSocket): Uint8Array[] {
  const chain: Uint8Array[] = [];
  const seen = new Set<string>();
  for (let peer = socket.getPeerCertificate(true); peer?.raw; peer = peer.issuerCertificate) {
    const key = peer.raw.toString('base64');
    if (seen.has(key)) break;
    seen.add(key);
    chain.push(new Uint8Array(peer.raw));
  }
  return chain;
}

function handshake(host: string, port: number, request: TlsProbeRequest, edges: TlsProbeEdges): Promise<Result<Handshake>> {
  const timeoutMs = request.timeoutMs ?? defaultProbeTimeoutMs;
  const endpoint = `${host}:${port}`;
  return new Promise((resolve) => {
    if (request.signal?.aborted) return resolve(fail('tls.cancelled', msg('error.tls.cancelled', { endpoint }), endpoint));
    let settled = false;
    let captured: Handshake | null = null;
    const socket = edges.connect({
      host,
      port,
      servername: isIP(host) === 0 ? host : undefined,
      ca: [...request.trustStore.ca],
      ...(edges.lookup ? { lookup: edges.lookup } : {}),
    });
    const finish = (result: Result<Handshake>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(result);
    };
    const timer = setTimeout(
      () => finish(fail('tls.timeout', msg('error.tls.timeout', { endpoint, seconds: timeoutMs / 1000 }), endpoint)),
      timeoutMs,
    );
    const onAbort = () => finish(fail('tls.cancelled', msg('error.tls.cancelled', { endpoint }), endpoint));
    request.signal?.addEventListener('abort', onAbort, { once: true });
    // 'secure' fires when the handshake completes, before Node verifies chain and host name (and, if they fail,
    // destroys the socket): the one moment the presented chain of a refused certificate can be read.
    socket.prependListener('secure', () => {
      captured = { chain: chainOf(socket), protocol: socket.getProtocol(), verifyError: null, verifyMessage: null };
    });
    socket.once('secureConnect', () => {
      finish(ok({ ...(captured ?? { chain: chainOf(socket), protocol: socket.getProtocol() }), verifyError: null, verifyMessage: null }));
    });
    socket.once('error', (error: NodeJS.ErrnoException) => {
      if (captured) return finish(ok({ ...captured, verifyError: error.code ?? error.message, verifyMessage: error.message }));
      finish(fail('tls.unreachable', msg('error.tls.unreachable', { endpoint, reason: describeConnectionError(error, host, port) }), endpoint));
    });
  });
}

const hostCodes = new Set(['ERR_TLS_CERT_ALTNAME_INVALID']);
const dateCodes = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID']);

/** The `tls` findings for what a server presented, given Node's verdict. Exported for the HTTPS client's callers. */
export function presentedChainFindings(input: {
  chain: readonly Uint8Array[];
  verifyError: string | null;
  verifyMessage?: string | null;
  host: string;
  endpoint: string;
  now: Date;
}): { chain: DecodedCertificate[]; unreadable: number; findings: Finding[] } {
  const decoded = input.chain.map((der) => decodeCertificate(der));
  const readable = decoded.flatMap((d) => (d.ok ? [d.value] : []));
  const leafResult = decoded[0];
  const reason = input.verifyMessage ?? input.verifyError ?? '';
  if (!leafResult || !leafResult.ok) {
    // The leaf cannot be read here (an EC key): report that, and what Node's verification said.
    const findings: Finding[] = [
      unsupportedAlgorithmFinding(leafResult && !leafResult.ok ? leafResult.error.message : msg('cert.reason.no-certificate'), 'tls', input.endpoint),
    ];
    if (input.verifyError && hostCodes.has(input.verifyError)) findings.push(hostnameMismatchFinding(input.endpoint, input.host, null));
    else if (input.verifyError) findings.push(untrustedChainFinding(input.endpoint, msg('cert.chain.node-refused', { reason })));
    return { chain: readable, unreadable: decoded.length - readable.length, findings: sortFindings(findings) };
  }
  const leaf = leafResult.value;
  const leafOutsideDates = input.now < new Date(leaf.facts.notBefore) || input.now > new Date(leaf.facts.notAfter);
  // Host-name and leaf-date problems have their own findings; anything else Node refused is the chain's.
  let trust: ChainTrust = { trusted: true, reason: null };
  if (input.verifyError && !hostCodes.has(input.verifyError) && !(dateCodes.has(input.verifyError) && leafOutsideDates)) {
    trust = untrustedChain(msg('cert.chain.node-refused', { reason }));
  }
  const findings = checkCertificate(
    { format: 'presented', leaf: leaf.facts, chain: readable.slice(1).map((c) => c.facts), hasPrivateKey: false },
    { role: 'tls', now: input.now, subject: input.endpoint, host: input.host, trust },
  );
  return { chain: readable, unreadable: decoded.length - readable.length, findings: sortFindings(findings) };
}

export async function probeTls(request: TlsProbeRequest, edges: TlsProbeEdges): Promise<Result<TlsProbeReport>> {
  const target = parseProbeTarget(request.target);
  if (!target.ok) return target;
  const { host, port } = target.value;
  const endpoint = `${host}:${port}`;
  const shaken = await handshake(host, port, request, edges);
  if (!shaken.ok) return shaken;
  const { chain, protocol, verifyError, verifyMessage } = shaken.value;
  const checked = presentedChainFindings({ chain, verifyError, verifyMessage, host, endpoint, now: request.now });
  const leaf = checked.chain[0] && chain[0] && checked.chain[0].facts.derBase64 === Buffer.from(chain[0]).toString('base64') ? checked.chain[0] : null;
  return ok({
    endpoint,
    host,
    port,
    protocol,
    chain: checked.chain.map((c) => c.facts),
    unreadable: checked.unreadable,
    daysLeft: leaf ? daysLeft(leaf.facts, request.now) : null,
    verification: { trusted: verifyError === null, error: verifyMessage },
    findings: checked.findings,
  });
}
