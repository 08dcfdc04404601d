/**
 * `s2s-wizard fetch-metadata <https-url> [--expect lync|exchange] [--realm R] [--cert FILE]… [--ca FILE]…
 * [--timeout MS] [--save FILE]`: fetches a metadata document, then the checks of check-metadata plus what the
 * network said (design.md §3). An http:// URL is refused before anything is sent; --timeout is one deadline for
 * the whole request; a body over 1 MiB is cut off as it streams in. --save writes the document as received.
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasErrors } from '../../core/findings.js';
import { fetchMetadata } from '../../core/metadata/fetch-metadata.js';
import { describeTrustSources } from '../../core/net/runtime-roots.js';
import { defaultTimeoutMs } from '../../core/net/https-client.js';
import { trustStoreWithCaFiles } from '../ca-files.js';
import { formatFindings } from '../format-findings.js';
import { formatMetadataReport, metadataJson } from '../format-metadata.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from '../io.js';
import { certOptions, expectedRole, metadataOptions, realmOption } from '../metadata-options.js';
import { networkEdges } from '../network-edges.js';
import type { CliCommand } from './command.js';

const maxTimeoutMs = 600_000;

function httpsUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`fetch-metadata: '${value}' is not an absolute URL; give https://<host>/metadata/json/1 or https://<host>/autodiscover/metadata/json/1`);
  }
  if (url.protocol !== 'https:') {
    throw new UsageError(`fetch-metadata: ${value}: only https:// URLs are fetched (the document carries the keys that sign tokens); nothing was sent`);
  }
  return value;
}

function timeoutOption(value: unknown): number {
  if (value === undefined) return defaultTimeoutMs;
  const text = String(value);
  const ms = Number(text);
  if (!/^\d+$/.test(text) || ms < 1 || ms > maxTimeoutMs) throw new UsageError(`fetch-metadata: --timeout must be a whole number of milliseconds from 1 to ${maxTimeoutMs} (got '${text}')`);
  return ms;
}

async function save(io: CliIo, file: string, text: string): Promise<string> {
  const path = resolve(io.cwd, file);
  try {
    await fs.writeFile(path, text, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`--save: cannot write ${file}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
  }
  return file;
}

async function runFetch(urlText: string, values: Record<string, unknown>, json: boolean, io: CliIo): Promise<ExitCode> {
  const url = httpsUrl(urlText);
  const role = expectedRole('fetch-metadata', values.expect);
  const realm = realmOption('fetch-metadata', values.realm);
  const timeoutMs = timeoutOption(values.timeout);
  const certificates = await certOptions(io, values.cert);
  const trustStore = await trustStoreWithCaFiles(io, (values.ca as string[] | undefined) ?? []);
  const fetched = await fetchMetadata({ url, role, realm, now: io.now(), certificates, ca: trustStore.ca, pins: {}, timeoutMs }, networkEdges(io.network));
  if (!fetched.ok) throw new UsageError(`fetch-metadata: ${fetched.error.message}`);
  const report = fetched.value;
  const saveTo = values.save as string | undefined;
  const saved = saveTo !== undefined && report.text !== null ? await save(io, saveTo, report.text) : null;
  if (json) {
    io.stdout(`${JSON.stringify({ url, metadata: metadataJson(report), trustStore: trustStore.sources, saved, findings: report.findings }, null, 2)}\n`);
  } else {
    const notes = [describeTrustSources(trustStore.sources, `Node ${process.versions.node}`)];
    if (saved) notes.push(`Saved to ${saved}`);
    else if (saveTo !== undefined) notes.push(`Not saved to ${saveTo}: no document was read.`);
    io.stdout(`${formatMetadataReport(report)}${notes.join('\n')}\n${formatFindings(report.findings)}`);
  }
  return hasErrors(report.findings) ? exitCodes.findings : exitCodes.ok;
}

export const fetchMetadataCommand: CliCommand = {
  usage: 'fetch-metadata <https-url> [--expect lync|exchange] [--realm R] [--cert FILE]… [--ca FILE]… [--timeout MS] [--save FILE]',
  summary: 'fetch a /metadata/json/1 document over https and check it (TLS, keys, service, issuer, realm)',
  options: { ...metadataOptions, ca: { type: 'string', multiple: true }, timeout: { type: 'string' }, save: { type: 'string' } },
  positionals: ['the https URL'],
  run: ({ positionals, values, common }, io) => runFetch(positionals[0] as string, values, common.json, io),
};
