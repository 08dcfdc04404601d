/**
 * The roots a TLS connection or a certificate chain is verified against: Node's bundled roots, the operating
 * system's store where the runtime offers it, and the CA files the user imported (the project's `trustedCaFiles`).
 * Core never reads `tls` itself: the glue passes `tls.rootCertificates` and `tls.getCACertificates('system')`.
 */
import { readCertificateNames } from '../certs/certificate-names.js';
import { readPemBlocks } from '../certs/pem-blocks.js';
import { msg } from '../message-catalogue.js';
import { readReason } from '../read-reason.js';
import { errorValue, fail, ok, type Result } from '../result.js';

export interface ImportedCa {
  /** The path as the project (or `--ca`) names it. */
  file: string;
  /** One certificate, PEM. */
  pem: string;
}

export interface TrustStore {
  /** PEM certificates, duplicates removed: what `tls.connect({ ca })` and the HTTPS client take. */
  ca: string[];
  sources: {
    bundled: number;
    /** `'unavailable'` when the runtime cannot read the system store (Node 20 has no `tls.getCACertificates`). */
    system: number | 'unavailable';
    imported: { file: string; subject: string }[];
  };
}

function normalise(pem: string): string {
  return pem.replace(/\r/g, '').trim();
}

export function buildTrustStore(input: { bundled: readonly string[]; system: readonly string[] | null; imported: ImportedCa[] }): TrustStore {
  const seen = new Set<string>();
  const ca: string[] = [];
  const add = (pem: string): void => {
    const key = normalise(pem).replace(/\s+/g, '');
    if (seen.has(key)) return;
    seen.add(key);
    ca.push(`${normalise(pem)}\n`);
  };
  input.bundled.forEach(add);
  input.system?.forEach(add);
  const imported = input.imported.map((entry) => {
    add(entry.pem);
    const blocks = readPemBlocks(entry.pem);
    const names = blocks && !('error' in blocks) && blocks[0] ? readCertificateNames(blocks[0].der) : null;
    return { file: entry.file, subject: names?.subject ?? '(unreadable subject)' };
  });
  return {
    ca,
    sources: { bundled: input.bundled.length, system: input.system === null ? 'unavailable' : input.system.length, imported },
  };
}

function toPem(der: Uint8Array): string {
  const lines = Buffer.from(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** The certificates of one CA file (PEM with one or several certificates, or DER), each as PEM. */
export function readCaFile(bytes: Uint8Array, file: string): Result<ImportedCa[]> {
  const text = Buffer.from(bytes).toString('latin1');
  const blocks = readPemBlocks(text);
  if (blocks && 'error' in blocks) return fail('cert.ca-unreadable', msg('error.ca.pem-broken', { file, error: blocks.error }), file);
  const ders = blocks ? blocks.filter((b) => b.label === 'CERTIFICATE' || b.label === 'TRUSTED CERTIFICATE').map((b) => b.der) : [bytes];
  if (ders.length === 0) return fail('cert.ca-unreadable', msg('error.ca.no-certificate-block', { file }), file);
  const out: ImportedCa[] = [];
  for (const der of ders) {
    if (!readCertificateNames(der)) {
      return fail('cert.ca-unreadable', msg('error.ca.not-a-certificate', { file, pemHeader: '-----BEGIN CERTIFICATE-----' }), file);
    }
    out.push({ file, pem: toPem(der) });
  }
  return ok(out);
}

/**
 * Reads the project's `trustedCaFiles`. `readFile` gets each path as the project writes it (the glue resolves it
 * against the project file's folder) and rejects with a Node-style error (`code` ENOENT, EACCES…).
 */
export async function readTrustedCaFiles(files: readonly string[], readFile: (path: string) => Promise<Uint8Array>): Promise<Result<ImportedCa[]>> {
  const imported: ImportedCa[] = [];
  for (const [index, file] of files.entries()) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      return fail('cert.ca-unreadable', msg('error.ca.unreadable', { field: `trustedCaFiles[${index}]`, file, reason: readReason(e) }), `trustedCaFiles[${index}]`);
    }
    const read = readCaFile(bytes, file);
    if (!read.ok) return fail(read.error.code, msg('error.in-field', { field: `trustedCaFiles[${index}]`, error: errorValue(read.error) }), `trustedCaFiles[${index}]`);
    imported.push(...read.value);
  }
  return ok(imported);
}
