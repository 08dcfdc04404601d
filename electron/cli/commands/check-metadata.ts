/**
 * `s2s-wizard check-metadata <file.json> [--expect lync|exchange] [--realm R] [--cert FILE]…`: checks a saved
 * metadata document (design.md §3); --cert compares its keys with certificates. A file over 1 MiB is refused
 * (metadata.too-large) without being read.
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { hasErrors } from '../../core/findings.js';
import { analyseMetadata } from '../../core/metadata/analyse-metadata.js';
import { readMetadataFile } from '../../core/metadata/read-metadata-file.js';
import { formatFindings } from '../format-findings.js';
import { formatMetadataReport, metadataJson } from '../format-metadata.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from '../io.js';
import { certOptions, expectedRole, metadataOptions, realmOption } from '../metadata-options.js';
import type { CliCommand } from './command.js';

async function runCheckMetadata(file: string, values: Record<string, unknown>, json: boolean, io: CliIo): Promise<ExitCode> {
  const role = expectedRole('check-metadata', values.expect);
  const realm = realmOption('check-metadata', values.realm);
  const certificates = await certOptions(io, values.cert);
  const read = await readMetadataFile(fs, resolve(io.cwd, file), file);
  if (!read.ok) throw new UsageError(`check-metadata: ${read.error.message}`);
  const analysis = analyseMetadata(read.value, file, { role, realm, now: io.now(), certificates, metadataUrl: null });
  const report = { role, source: { kind: 'file' as const, file }, tls: null, ...analysis };
  if (json) io.stdout(`${JSON.stringify({ file, metadata: metadataJson(report), findings: report.findings }, null, 2)}\n`);
  else io.stdout(`${formatMetadataReport(report)}${formatFindings(report.findings)}`);
  return hasErrors(report.findings) ? exitCodes.findings : exitCodes.ok;
}

export const checkMetadataCommand: CliCommand = {
  usage: 'check-metadata <file.json> [--expect lync|exchange] [--realm R] [--cert FILE]…',
  summary: 'check a saved /metadata/json/1 document; --cert compares its keys with certificates',
  options: { ...metadataOptions },
  positionals: ['the metadata file'],
  run: ({ positionals, values, common }, io) => runCheckMetadata(positionals[0] as string, values, common.json, io),
};
