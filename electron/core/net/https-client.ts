/**
 * The HTTPS client every network check uses. One deadline covers the whole request (connect, TLS, redirects and
 * a slowly trickling body); the body is capped as it streams in; only https is spoken, redirects only to https and
 * at most `maxRedirects`; TLS verification is always on. A user trusts an internal CA by adding it to `ca`, or
 * trusts one endpoint's certificate by its SHA-256 fingerprint (`pins`): when the normal verification refuses the
 * certificate and it is the pinned one, the client connects again trusting exactly that certificate (host name
 * still verified). Core does no I/O itself: `request` (https.request) and `lookup` come in as edges.
 */
import { createHash } from 'node:crypto';
import type { ClientRequest, IncomingMessage } from 'node:http';
import type { RequestOptions } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { SecureContext, SecureContextOptions, TLSSocket } from 'node:tls';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { describeConnectionError, describeTlsRejection, netError, tlsRejectionOf, type NetError, type TlsRejection } from './net-error.js';
import { presentedCertificateOf, presentedCertificatePem, type PresentedCertificate } from './presented-certificate.js';

export type HttpsRequestFunction = (options: RequestOptions, callback: (response: IncomingMessage) => void) => ClientRequest;

export interface NetworkEdges {
  /** `https.request`. */
  request: HttpsRequestFunction;
  /** Name resolution; absent means the system's (`dns.lookup`). Tests map their host names to 127.0.0.1. */
  lookup?: LookupFunction;
  /** A monotonic clock in milliseconds (`performance.now`), for the elapsed time reported. */
  now: () => number;
  /**
   * `tls.createSecureContext`: with it, the roots of one trust store are parsed once for all the requests that use
   * it (a few hundred PEM roots take tens of milliseconds each time); without it, every connection parses them.
   */
  createSecureContext?: (options: SecureContextOptions) => SecureContext;
}

export const defaultTimeoutMs = 10_000;
export const maxDocumentBytes = 1024 * 1024;
export const defaultMaxRedirects = 3;

export interface HttpsRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** One deadline for the whole request, redirects and body included. Default 10 s. */
  timeoutMs?: number;
  /** Until the TLS handshake of each connection completes. Default: the whole deadline. */
  connectTimeoutMs?: number;
  /** Default 1 MiB. */
  maxBodyBytes?: number;
  /** Default 3. With `followRedirects: false` a 3xx answer is returned as it is. */
  maxRedirects?: number;
  followRedirects?: boolean;
  /** PEM roots (TrustStore.ca). */
  ca: readonly string[];
  /** `host:port` → SHA-256 fingerprint (hex, any case, colons allowed) of a certificate the user chose to trust. */
  pins?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

export interface HttpsResponse {
  /** The URL that answered, after redirects. */
  url: string;
  status: number;
  statusText: string;
  contentType: string | null;
  /** Lower-case names; every value of a repeated header kept. */
  headers: Record<string, string[]>;
  body: Uint8Array;
  /** The Location URLs followed, in order. */
  redirects: string[];
  tls: { endpoint: string; pinned: boolean; certificate: PresentedCertificate | null };
  elapsedMs: number;
}

export type HttpsResult = { ok: true; value: HttpsResponse } | { ok: false; error: NetError };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/**
 * One secure context per trust store, keyed by its content and built on first use. Parsing the ~150 bundled roots
 * costs about 0.2 s of CPU: built per fetch (each fetch assembles its own `ca` array), 50 checks at once stalled
 * the main process for seconds. A project's trust store rarely changes, so a few are kept.
 */
const secureContexts = new Map<string, SecureContext>();
const keptSecureContexts = 8;

function trustStoreKey(ca: readonly string[]): string {
  const hash = createHash('sha256');
  for (const certificate of ca) hash.update(certificate).update('\0');
  return hash.digest('hex');
}

/** https.request hands its options to tls.connect, which takes a prepared `secureContext` (its typings omit it). */
type TrustOptions = RequestOptions & { secureContext?: SecureContext };

function trustOptions(spec: Pick<Attempt, 'ca' | 'partialChain'>, edges: NetworkEdges): TrustOptions {
  // A pin's second connection trusts exactly one certificate, even if it is not a CA: its own context.
  if (spec.partialChain || !edges.createSecureContext) return { ca: [...spec.ca], ...(spec.partialChain ? { allowPartialTrustChain: true } : {}) };
  const key = trustStoreKey(spec.ca);
  let context = secureContexts.get(key);
  if (!context) {
    context = edges.createSecureContext({ ca: [...spec.ca] });
    if (secureContexts.size >= keptSecureContexts) secureContexts.delete(secureContexts.keys().next().value as string);
    secureContexts.set(key, context);
  }
  return { secureContext: context };
}

/** A fingerprint as the pins may hold it, in the form CertificateFacts carry it (64 upper-case hex digits). */
export function normaliseFingerprint(value: string): string {
  return value.replace(/[\s:]/g, '').toUpperCase();
}

export function endpointOf(url: URL): string {
  return `${url.hostname}:${url.port || '443'}`;
}

interface Attempt {
  url: URL;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body: string | undefined;
  ca: readonly string[];
  partialChain: boolean;
  maxBodyBytes: number;
  connectTimeoutMs: number;
}

interface RawResponse {
  status: number;
  statusText: string;
  headers: Record<string, string[]>;
  body: Uint8Array;
}

type AttemptOutcome =
  | { ok: true; response: RawResponse; presented: PresentedCertificate | null }
  | { ok: false; error: NetError }
  | { ok: false; tls: { rejection: TlsRejection; cause: NodeJS.ErrnoException; presented: PresentedCertificate | null } };

function headersOf(response: IncomingMessage): Record<string, string[]> {
  const headers: Record<string, string[]> = {};
  for (let i = 0; i + 1 < response.rawHeaders.length; i += 2) {
    const name = (response.rawHeaders[i] as string).toLowerCase();
    (headers[name] ??= []).push(response.rawHeaders[i + 1] as string);
  }
  return headers;
}

/** Why the whole request stopped early: set as the reason of the internal abort signal. */
type StopReason = { kind: 'timeout'; timeoutMs: number } | { kind: 'aborted' };

function stopError(reason: StopReason, url: string): NetError {
  return reason.kind === 'timeout'
    ? netError('net.timeout', url, msg('error.net.timeout', { url, ms: reason.timeoutMs }))
    : netError('net.aborted', url, msg('error.net.aborted', { url }));
}

/** One connection, one HTTP exchange. */
function attempt(spec: Attempt, edges: NetworkEdges, stop: AbortSignal): Promise<AttemptOutcome> {
  const { url } = spec;
  const href = url.href;
  const host = url.hostname;
  const port = Number(url.port || 443);
  const endpoint = endpointOf(url);
  return new Promise((resolve) => {
    let done = false;
    let presented: PresentedCertificate | null = null;
    let request: ClientRequest | null = null;
    const onStop = () => finish({ ok: false, error: stopError(stop.reason as StopReason, href) });
    const connectTimer = setTimeout(
      () => finish({ ok: false, error: netError('net.timeout', href, msg('error.net.connect-timeout', { endpoint, ms: spec.connectTimeoutMs })) }),
      spec.connectTimeoutMs,
    );
    function finish(outcome: AttemptOutcome): void {
      if (done) return;
      done = true;
      clearTimeout(connectTimer);
      stop.removeEventListener('abort', onStop);
      request?.destroy();
      resolve(outcome);
    }
    if (stop.aborted) return onStop();
    stop.addEventListener('abort', onStop, { once: true });

    const options: TrustOptions = {
      protocol: 'https:',
      hostname: host,
      port,
      path: `${url.pathname}${url.search}`,
      method: spec.method,
      headers: spec.headers,
      agent: false,
      ...trustOptions(spec, edges),
      ...(edges.lookup ? { lookup: edges.lookup } : {}),
    };
    request = edges.request(options, (response) => {
      const declared = Number(response.headers['content-length']);
      const tooLarge = (sent: Message) =>
        finish({
          ok: false,
          error: netError('net.too-large', href, msg('error.net.too-large', { url: href, sent, max: spec.maxBodyBytes })),
        });
      if (Number.isFinite(declared) && declared > spec.maxBodyBytes) return tooLarge(msg('error.net.too-large.declared', { bytes: declared }));
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > spec.maxBodyBytes) tooLarge(msg('error.net.too-large.streamed', { bytes: spec.maxBodyBytes }));
        else chunks.push(chunk);
      });
      response.on('end', () =>
        finish({
          ok: true,
          presented,
          response: { status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers: headersOf(response), body: new Uint8Array(Buffer.concat(chunks)) },
        }),
      );
      const cutOff = () => finish({ ok: false, error: netError('net.unreachable', href, msg('error.net.cut-off', { endpoint, bytes: size })) });
      response.on('error', cutOff);
      response.on('close', cutOff);
    });
    request.on('socket', (socket) => {
      const tls = socket as TLSSocket;
      // 'secure' fires when the handshake is done, before Node verifies the chain and the host name and drops the
      // connection if they fail: the only moment the presented chain can still be read.
      tls.prependListener('secure', () => {
        presented = presentedCertificateOf(endpoint, tls.getPeerCertificate(true));
      });
      tls.once('secureConnect', () => clearTimeout(connectTimer));
    });
    request.on('error', (error: NodeJS.ErrnoException) => {
      const rejection = tlsRejectionOf(error);
      if (rejection) finish({ ok: false, tls: { rejection, cause: error, presented } });
      else finish({ ok: false, error: netError('net.unreachable', href, msg('error.net.unreachable', { url: href, reason: describeConnectionError(error, host, port) })) });
    });
    if (spec.body !== undefined) request.write(spec.body);
    request.end();
  });
}

function untrusted(href: string, endpoint: string, rejection: TlsRejection, presented: PresentedCertificate | null, cause?: NodeJS.ErrnoException): NetError {
  return netError('net.tls-untrusted', href, msg('error.net.untrusted', { endpoint, reason: describeTlsRejection(rejection, cause) }), {
    presented,
    tlsRejection: rejection,
  });
}

type Connected = { outcome: Exclude<AttemptOutcome, { tls: unknown }>; pinned: boolean };

/** Connects, trying the pin when the normal verification refuses the certificate. */
async function connectOnce(spec: Attempt, pins: Readonly<Record<string, string>>, edges: NetworkEdges, stop: AbortSignal): Promise<Connected> {
  const endpoint = endpointOf(spec.url);
  const first = await attempt(spec, edges, stop);
  if (first.ok || !('tls' in first)) return { outcome: first, pinned: false };
  const pin = pins[endpoint];
  const leaf = first.tls.presented?.chain[0];
  if (pin === undefined || leaf === undefined) {
    return { outcome: { ok: false as const, error: untrusted(spec.url.href, endpoint, first.tls.rejection, first.tls.presented, first.tls.cause) }, pinned: false };
  }
  if (normaliseFingerprint(pin) !== leaf.sha256Fingerprint) {
    return { outcome: { ok: false as const, error: untrusted(spec.url.href, endpoint, 'pin-mismatch', first.tls.presented) }, pinned: false };
  }
  // The pinned certificate is the only root of this second connection; the host name is verified as always.
  const second = await attempt({ ...spec, ca: [presentedCertificatePem(leaf)], partialChain: true }, edges, stop);
  if (second.ok || !('tls' in second)) return { outcome: second, pinned: second.ok };
  return { outcome: { ok: false as const, error: untrusted(spec.url.href, endpoint, second.tls.rejection, second.tls.presented ?? first.tls.presented, second.tls.cause) }, pinned: false };
}

function refuseRedirect(href: string, status: number, location: string, why: Message): HttpsResult {
  return { ok: false, error: netError('net.redirect-refused', href, msg('error.net.redirect-refused', { url: href, status, location, reason: why }), { redirect: { status, location } }) };
}

export async function httpsFetch(request: HttpsRequest, edges: NetworkEdges): Promise<HttpsResult> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, error: netError('net.invalid-url', request.url, msg('error.net.invalid-url', { url: request.url })) };
  }
  if (url.protocol !== 'https:') {
    return {
      ok: false,
      error: netError('net.not-https', request.url, msg('error.net.not-https', { url: request.url, protocol: url.protocol.replace(':', '') })),
    };
  }
  if (url.username || url.password) {
    return { ok: false, error: netError('net.invalid-url', request.url, msg('error.net.credentials', { url: `${url.origin}${url.pathname}` })) };
  }
  const timeoutMs = request.timeoutMs ?? defaultTimeoutMs;
  const maxRedirects = request.maxRedirects ?? defaultMaxRedirects;
  const started = edges.now();
  const stop = new AbortController();
  const deadline = setTimeout(() => stop.abort({ kind: 'timeout', timeoutMs } satisfies StopReason), timeoutMs);
  const onAbort = () => stop.abort({ kind: 'aborted' } satisfies StopReason);
  if (request.signal?.aborted) onAbort();
  request.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let method = request.method ?? 'GET';
    let body = request.body;
    const redirects: string[] = [];
    const seen = new Set([url.href]);
    for (;;) {
      const spec: Attempt = {
        url,
        method,
        headers: { accept: 'application/json', ...request.headers },
        body,
        ca: request.ca,
        partialChain: false,
        maxBodyBytes: request.maxBodyBytes ?? maxDocumentBytes,
        connectTimeoutMs: Math.min(request.connectTimeoutMs ?? timeoutMs, timeoutMs),
      };
      const { outcome, pinned } = await connectOnce(spec, request.pins ?? {}, edges, stop.signal);
      if (!outcome.ok) return { ok: false, error: outcome.error };
      const { response } = outcome;
      const location = response.headers.location?.[0];
      if (request.followRedirects !== false && redirectStatuses.has(response.status) && location !== undefined) {
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          return refuseRedirect(url.href, response.status, location, msg('error.net.redirect.invalid'));
        }
        if (next.protocol !== 'https:') return refuseRedirect(url.href, response.status, location, msg('error.net.redirect.leaves-https', { protocol: next.protocol.replace(':', '') }));
        if (seen.has(next.href)) return refuseRedirect(url.href, response.status, location, msg('error.net.redirect.loop'));
        if (redirects.length >= maxRedirects) return refuseRedirect(url.href, response.status, location, msg('error.net.redirect.too-many', { number: maxRedirects + 1, max: maxRedirects }));
        redirects.push(next.href);
        seen.add(next.href);
        url = next;
        if (response.status === 303) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      return {
        ok: true,
        value: {
          url: url.href,
          status: response.status,
          statusText: response.statusText,
          contentType: response.headers['content-type']?.[0] ?? null,
          headers: response.headers,
          body: response.body,
          redirects,
          tls: { endpoint: endpointOf(url), pinned, certificate: outcome.presented },
          elapsedMs: Math.round(edges.now() - started),
        },
      };
    }
  } finally {
    clearTimeout(deadline);
    request.signal?.removeEventListener('abort', onAbort);
  }
}
