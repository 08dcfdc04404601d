/** Writes a generated bundle to a folder, or packs it as one zip, each file encoded for Windows (BOM, CRLF). */
import { dirname, join } from 'node:path';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';
import { encodeBundleFile } from './encode-file.js';
import type { BundleFile } from './script-model.js';
import { createZip } from './zip-archive.js';

/** The file-system edges; the CLI and main pass `node:fs/promises`. */
export interface BundleFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
}

export async function writeBundleToFolder(fs: BundleFs, folder: string, files: readonly BundleFile[]): Promise<Result<{ folder: string; paths: string[] }>> {
  const paths: string[] = [];
  for (const file of files) {
    const path = join(folder, ...file.path.split('/'));
    try {
      await fs.mkdir(dirname(path), { recursive: true });
      await fs.writeFile(path, encodeBundleFile(file.text));
    } catch (e) {
      return fail('bundle.write-failed', msg('error.bundle.write-failed', { path, error: (e as Error).message }), path);
    }
    paths.push(path);
  }
  return ok({ folder, paths });
}

export function bundleZip(files: readonly BundleFile[], modified: Date): Uint8Array {
  return createZip(files.map((file) => ({ path: file.path, bytes: encodeBundleFile(file.text) })), modified);
}
