/**
 * Every metadata check of a project at once: both documents (from the network, or the saved files with
 * `offline`) and the Exchange trust probe. The network checks run concurrently, so the whole check takes about as
 * long as the slowest endpoint, and an endpoint that never answers costs its timeout, no more.
 */
import type { Finding } from '../findings.js';
import { resolveEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';
import type { NetworkEdges } from '../net/https-client.js';
import { msg } from '../message-catalogue.js';
import { errorValue, fail, ok, type Result } from '../result.js';
import { analyseMetadata } from './analyse-metadata.js';
import type { ComparedCertificate, ServerThumbprints } from './cross-check-keys.js';
import { probeExchangeTrust, trustNotProbed, type TrustProbeReport } from './exchange-trust-probe.js';
import { fetchMetadata } from './fetch-metadata.js';
import type { MetadataReport } from './metadata-report.js';
import { notCheckedFinding } from './not-checked.js';
import type { MetadataFile } from './read-metadata-file.js';
import type { MetadataRole } from './well-known-services.js';

export interface ProjectMetadataInput {
  project: Project;
  now: Date;
  offline: boolean;
  /** PEM roots: TrustStore.ca built from the project's trusted CA files. */
  ca: readonly string[];
  /** The project's certificate for each side, as the caller could read it; null when the project names none. */
  certificates: Record<MetadataRole, ComparedCertificate | null>;
  /** The thumbprints each side signs with, from its imported state (server-thumbprints.ts); absent: not compared. */
  inUse?: Record<MetadataRole, ServerThumbprints | null>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface ProjectMetadataEdges extends NetworkEdges {
  /**
   * Reads a saved document by the path the project writes: the glue resolves it against the project's folder and
   * reads it with readMetadataFile.
   */
  readDocument(path: string): Promise<Result<MetadataFile>>;
}

export interface ProjectMetadataCheck {
  /** Null when there was nothing to check (offline without a saved document). */
  lync: MetadataReport | null;
  exchange: MetadataReport | null;
  exchangeTrust: TrustProbeReport;
  /** Every finding of the three, in that order. */
  findings: Finding[];
}

const savedFileField: Record<MetadataRole, 'lyncMetadataFile' | 'exchangeMetadataFile'> = { lync: 'lyncMetadataFile', exchange: 'exchangeMetadataFile' };

async function readSaved(role: MetadataRole, input: ProjectMetadataInput, edges: ProjectMetadataEdges, realm: string, url: string): Promise<Result<MetadataReport | null>> {
  const field = savedFileField[role];
  const file = input.project[field];
  if (file === null) return ok(null);
  const read = await edges.readDocument(file);
  if (!read.ok) return fail(read.error.code, msg('error.in-field', { field, error: errorValue(read.error) }), field);
  const certificate = input.certificates[role];
  const analysis = analyseMetadata(read.value, file, { role, realm, now: input.now, certificates: certificate ? [certificate] : [], inUse: input.inUse?.[role] ?? null, metadataUrl: url });
  return ok({ role, source: { kind: 'file', file }, tls: null, ...analysis });
}

export async function checkProjectMetadata(input: ProjectMetadataInput, edges: ProjectMetadataEdges): Promise<Result<ProjectMetadataCheck>> {
  const { project } = input;
  const resolved = resolveEndpoints(project);
  const network = { ca: input.ca, pins: project.tlsPins, timeoutMs: input.timeoutMs, signal: input.signal };
  const urls: Record<MetadataRole, string> = { lync: resolved.lyncMetadataUrl, exchange: resolved.exchangeMetadataUrl };
  const side = (role: MetadataRole): Promise<Result<MetadataReport | null>> => {
    if (input.offline) return readSaved(role, input, edges, resolved.realm, urls[role]);
    const certificate = input.certificates[role];
    return fetchMetadata({ ...network, url: urls[role], role, realm: resolved.realm, now: input.now, certificates: certificate ? [certificate] : [], inUse: input.inUse?.[role] ?? null }, edges);
  };
  const probe = (): Promise<Result<TrustProbeReport>> =>
    input.offline
      ? Promise.resolve(ok(trustNotProbed(resolved.exchangeEwsUrl, resolved.realm)))
      : probeExchangeTrust({ ...network, ewsUrl: resolved.exchangeEwsUrl, realm: resolved.realm, configured: project.options.exchangeTrustConfigured === true, lyncMetadataUrl: resolved.lyncMetadataUrl }, edges);
  const [lync, exchange, trust] = await Promise.all([side('lync'), side('exchange'), probe()]);
  if (!lync.ok) return lync;
  if (!exchange.ok) return exchange;
  if (!trust.ok) return trust;
  const missing = (role: MetadataRole, report: MetadataReport | null) => (report === null ? [notCheckedFinding(role, savedFileField[role])] : report.findings);
  return ok({
    lync: lync.value,
    exchange: exchange.value,
    exchangeTrust: trust.value,
    findings: [...missing('lync', lync.value), ...missing('exchange', exchange.value), ...trust.value.findings],
  });
}
