/**
 * `s2s-wizard inspect-cert <file> [--role oauth-issuer|exchange-auth|tls] [--sip-domain D] [--host FQDN]
 * [--password-env VAR] [--ca FILE]…`: the certificate checks of one file (design.md §3).
 * There is no --password option: a password on a command line ends up in shell history and process lists.
 */
import * as fs from 'node:fs/promises';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import * as tls from 'node:tls';
import { certificateRoles, type CertificateRole } from '../../core/certs/check-certificate.js';
import { inspectCertificate } from '../../core/certs/inspect-certificate.js';
import { readBoundedFile } from '../../core/certs/read-bounded-file.js';
import { hasErrors } from '../../core/findings.js';
import { checkFqdn } from '../../core/model/values.js';
import { describeTrustSources, runtimeRoots, type TlsRootsModule } from '../../core/net/runtime-roots.js';
import { buildTrustStore, readCaFile, type ImportedCa, type TrustStore } from '../../core/net/trust-store.js';
import { formatFindings } from '../format-findings.js';
import { formatInspection } from '../format-certificate.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from '../io.js';
import type { CliCommand } from './command.js';

async function readInput(io: CliIo, file: string, what: string): Promise<Uint8Array> {
  try {
    return await readBoundedFile(fs, resolve(io.cwd, file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new UsageError(`cannot read ${what} ${file}: ${why}`);
  }
}

function roleOf(value: unknown): CertificateRole {
  if (value === undefined) return 'oauth-issuer';
  if (typeof value === 'string' && (certificateRoles as readonly string[]).includes(value)) return value as CertificateRole;
  throw new UsageError(`inspect-cert: --role must be one of ${certificateRoles.join(', ')} (got '${String(value)}')`);
}

function passwordFrom(io: CliIo, variable: unknown): string | null {
  if (variable === undefined) return null;
  const name = String(variable);
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`inspect-cert: --password-env takes the name of an environment variable, e.g. --password-env PFX_PASSWORD (got '${name}')`);
  const value = io.env[name];
  if (value === undefined) throw new UsageError(`inspect-cert: --password-env ${name}: the environment variable ${name} is not set`);
  return value;
}

function validName(option: string, value: unknown, allowIp: boolean): string | null {
  if (value === undefined) return null;
  const text = String(value);
  if (allowIp && isIP(text) !== 0) return text;
  const check = checkFqdn(text);
  if (!check.ok) throw new UsageError(`inspect-cert: ${option} '${text}' is not a valid name: ${check.reason}`);
  return text.toLowerCase();
}

async function trustStoreFor(io: CliIo, caFiles: string[]): Promise<TrustStore> {
  const imported: ImportedCa[] = [];
  for (const file of caFiles) {
    const read = readCaFile(await readInput(io, file, 'the CA file'), file);
    if (!read.ok) throw new UsageError(`--ca: ${read.error.message}`);
    imported.push(...read.value);
  }
  const roots = runtimeRoots(tls as unknown as TlsRootsModule);
  return buildTrustStore({ bundled: roots.bundled, system: roots.system, imported });
}

async function runInspect(file: string, values: Record<string, unknown>, json: boolean, io: CliIo): Promise<ExitCode> {
  const role = roleOf(values.role);
  const sipDomain = validName('--sip-domain', values['sip-domain'], false);
  const host = validName('--host', values.host, true);
  if (host && role !== 'tls') throw new UsageError('inspect-cert: --host applies to --role tls (the host name the certificate must name)');
  if (sipDomain && role !== 'oauth-issuer') throw new UsageError('inspect-cert: --sip-domain applies to --role oauth-issuer');
  const caFiles = (values.ca as string[] | undefined) ?? [];
  if (caFiles.length > 0 && role !== 'tls') throw new UsageError('inspect-cert: --ca applies to --role tls (the roots its chain must lead to)');
  const password = passwordFrom(io, values['password-env']);
  const bytes = await readInput(io, file, 'the certificate file');
  const trustStore = role === 'tls' ? await trustStoreFor(io, caFiles) : null;
  const inspection = inspectCertificate(bytes, file, { role, now: io.now(), password, sipDomain, host, trustStore });
  const unreadable = inspection.findings.find((f) => f.id === 'cert.unreadable');
  if (json) {
    io.stdout(`${JSON.stringify({ ...inspection, ...(trustStore ? { trustStore: trustStore.sources } : {}) }, null, 2)}\n`);
  } else {
    io.stdout(formatInspection(inspection));
    if (trustStore) io.stdout(`${describeTrustSources(trustStore.sources, `Node ${process.version}`)}\n`);
    io.stdout(formatFindings(inspection.findings));
  }
  // A file that is not a certificate at all is unreadable input (exit 2); every other problem is a finding.
  if (unreadable) {
    io.stderr(`s2s-wizard: ${unreadable.detail}\n`);
    return exitCodes.usage;
  }
  return hasErrors(inspection.findings) ? exitCodes.findings : exitCodes.ok;
}

export const inspectCertCommand: CliCommand = {
  usage: 'inspect-cert <file> [--role oauth-issuer|exchange-auth|tls] [--sip-domain D] [--host FQDN] [--password-env VAR] [--ca FILE]…',
  summary: 'check a certificate file (PEM, DER/.cer, PFX) for its role; the PFX password comes from the environment variable --password-env names',
  options: {
    role: { type: 'string' },
    'sip-domain': { type: 'string' },
    host: { type: 'string' },
    'password-env': { type: 'string' },
    ca: { type: 'string', multiple: true },
  },
  positionals: ['the certificate file'],
  run: ({ positionals, values, common }, io) => runInspect(positionals[0] as string, values, common.json, io),
};
