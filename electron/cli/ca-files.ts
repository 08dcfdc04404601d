/** `--ca FILE`…: the trust store of a command, the runtime's roots plus the CA files given. */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import * as tls from 'node:tls';
import { runtimeRoots, type TlsRootsModule } from '../core/net/runtime-roots.js';
import { buildTrustStore, readCaFile, type ImportedCa, type TrustStore } from '../core/net/trust-store.js';
import { UsageError, type CliIo } from './io.js';

export async function trustStoreWithCaFiles(io: CliIo, files: readonly string[]): Promise<TrustStore> {
  const imported: ImportedCa[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await fs.readFile(resolve(io.cwd, file)));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(`--ca: cannot read ${file}: ${code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message}`);
    }
    const read = readCaFile(bytes, file);
    if (!read.ok) throw new UsageError(`--ca: ${read.error.message}`);
    imported.push(...read.value);
  }
  const roots = runtimeRoots(tls as unknown as TlsRootsModule);
  return buildTrustStore({ bundled: roots.bundled, system: roots.system, imported });
}
