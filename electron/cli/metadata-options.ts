/** The options fetch-metadata and check-metadata share: --expect, --realm, --cert. */
import { resolve } from 'node:path';
import type { ComparedCertificate } from '../core/metadata/cross-check-keys.js';
import type { MetadataRole } from '../core/metadata/well-known-services.js';
import { readCertOption } from './compared-certificates.js';
import { UsageError, type CliIo } from './io.js';

export const metadataOptions = {
  expect: { type: 'string' },
  realm: { type: 'string' },
  cert: { type: 'string', multiple: true },
} as const;

export function expectedRole(command: string, value: unknown): MetadataRole | null {
  if (value === undefined) return null;
  if (value === 'lync' || value === 'exchange') return value;
  throw new UsageError(`${command}: --expect must be lync or exchange (got '${String(value)}')`);
}

export function realmOption(command: string, value: unknown): string | null {
  if (value === undefined) return null;
  const realm = String(value);
  if (realm === '' || realm.length > 253 || /[\s\p{Cc}@]/u.test(realm)) {
    throw new UsageError(`${command}: --realm must be the OAuth realm, e.g. litwareinc.com (no blanks or @; got '${realm}')`);
  }
  return realm;
}

export async function certOptions(io: CliIo, value: unknown): Promise<ComparedCertificate[]> {
  const files = (value as string[] | undefined) ?? [];
  return Promise.all(files.map((file) => readCertOption(resolve(io.cwd, file), file)));
}
