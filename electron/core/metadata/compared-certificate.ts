/** A certificate file read for the comparison with a document's keys: its facts, or why it could not be used. */
import { loadCertificate } from '../certs/load-certificate.js';
import type { ComparedCertificate } from './cross-check-keys.js';

/** `file` is how the project or the user names it; a PFX without its password is kept as unreadable. */
export function comparedCertificate(bytes: Uint8Array, file: string, password: string | null): ComparedCertificate {
  const loaded = loadCertificate(bytes, file, password);
  return loaded.ok ? { file, facts: loaded.value.leaf } : { file, unreadable: loaded.error.message };
}
