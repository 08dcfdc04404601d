/** Certificates the keys of a metadata document are compared with: `--cert FILE`… or the project's. */
import * as fs from 'node:fs/promises';
import { comparedCertificate } from '../core/metadata/compared-certificate.js';
import type { ComparedCertificate } from '../core/metadata/cross-check-keys.js';
import { UsageError } from './io.js';

/** Reads one certificate file; what went wrong is kept as `unreadable` (a PFX needs its password, for one). */
export async function readComparedCertificate(path: string, name: string, password: string | null): Promise<ComparedCertificate> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { file: name, unreadable: `cannot read ${name}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}.` };
  }
  return comparedCertificate(bytes, name, password);
}

/** `--cert FILE`: the certificate must be readable without a password (its public part is all that is compared). */
export async function readCertOption(path: string, name: string): Promise<ComparedCertificate> {
  const certificate = await readComparedCertificate(path, name, null);
  if ('unreadable' in certificate) throw new UsageError(`--cert: ${certificate.unreadable} Give the public certificate (.cer, .crt or .pem).`);
  return certificate;
}
