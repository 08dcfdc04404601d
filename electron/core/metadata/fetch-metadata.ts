/** Fetches a metadata document over HTTPS, then checks it like a saved one, adding what the network said. */
import { endpointOf, httpsFetch, type NetworkEdges } from '../net/https-client.js';
import { fail, ok, type Result } from '../result.js';
import { analyseMetadata, type AnalysisOptions } from './analyse-metadata.js';
import type { MetadataReport } from './metadata-report.js';
import { httpStatusFinding, networkFinding } from './network-findings.js';

export interface FetchMetadataOptions extends Omit<AnalysisOptions, 'metadataUrl'> {
  url: string;
  /** PEM roots: TrustStore.ca. */
  ca: readonly string[];
  /** `host:port` → SHA-256 of a certificate the user chose to trust. */
  pins: Readonly<Record<string, string>>;
  /** One deadline for the whole request; default 10 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

function endpointOfUrl(url: string): string {
  try {
    return endpointOf(new URL(url));
  } catch {
    return url;
  }
}

/**
 * The report, with findings for every failure the network can give. Errors (not findings) only when nothing was
 * sent: the URL is not an https URL (`net.not-https`, `net.invalid-url`), or the user cancelled (`net.aborted`).
 */
export async function fetchMetadata(options: FetchMetadataOptions, edges: NetworkEdges): Promise<Result<MetadataReport>> {
  const { url, role } = options;
  const started = edges.now();
  const fetched = await httpsFetch({ url, ca: options.ca, pins: options.pins, timeoutMs: options.timeoutMs, signal: options.signal }, edges);
  if (!fetched.ok) {
    const { error } = fetched;
    const found = networkFinding(error, role);
    if (found === null) return fail(error.code, error.text ?? error.message, url);
    return ok({
      role,
      source: { kind: 'url', url, finalUrl: error.url, redirects: [], status: null, contentType: null, elapsedMs: Math.round(edges.now() - started) },
      document: null,
      findings: [found],
      keyMatches: [],
      text: null,
      tls:
        error.code === 'net.tls-untrusted'
          ? { endpoint: error.presented?.endpoint ?? endpointOfUrl(error.url), certificate: error.presented ?? null, rejection: error.tlsRejection ?? 'other', pinned: false }
          : null,
    });
  }
  const response = fetched.value;
  const base = {
    role,
    source: { kind: 'url' as const, url, finalUrl: response.url, redirects: response.redirects, status: response.status, contentType: response.contentType, elapsedMs: response.elapsedMs },
    tls: { endpoint: response.tls.endpoint, certificate: response.tls.certificate, rejection: null, pinned: response.tls.pinned },
  };
  if (response.status !== 200) {
    return ok({ ...base, document: null, findings: [httpStatusFinding(url, response.status, response.statusText, response.contentType, role)], keyMatches: [], text: null });
  }
  return ok({ ...base, ...analyseMetadata({ bytes: response.body, contentType: response.contentType }, url, { ...options, metadataUrl: url }) });
}
