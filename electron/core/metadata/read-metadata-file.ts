/**
 * Reads a saved metadata document without reading more than the 1 MiB cap (plus one byte): a file over the cap is
 * refused by its size, whatever its size. The file system comes in as an edge (`node:fs/promises`).
 */
import { msg } from '../message-catalogue.js';
import { readReason } from '../read-reason.js';
import { fail, ok, type Result } from '../result.js';
import { maxMetadataBytes } from './parse-metadata.js';

export interface MetadataFileFs {
  open(path: string, flags: 'r'): Promise<{
    stat(): Promise<{ size: number; isDirectory(): boolean }>;
    read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
    close(): Promise<void>;
  }>;
}

export interface MetadataFile {
  /** At most the cap plus one byte. */
  bytes: Uint8Array;
  /** The whole file's size. */
  size: number;
}

/** `name` is how messages name the file (the path as the user or the project wrote it). */
export async function readMetadataFile(fs: MetadataFileFs, path: string, name = path): Promise<Result<MetadataFile>> {
  let handle: Awaited<ReturnType<MetadataFileFs['open']>>;
  try {
    handle = await fs.open(path, 'r');
  } catch (e) {
    return fail('metadata.file-unreadable', msg('error.metadata.file-unreadable', { file: name, reason: readReason(e) }), name);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) return fail('metadata.file-unreadable', msg('error.metadata.file-unreadable', { file: name, reason: msg('error.reason.folder') }), name);
    const bytes = new Uint8Array(Math.min(stat.size, maxMetadataBytes + 1));
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return ok({ bytes: bytes.subarray(0, filled), size: stat.size });
  } catch (e) {
    return fail('metadata.file-unreadable', msg('error.metadata.file-unreadable', { file: name, reason: readReason(e) }), name);
  } finally {
    await handle.close();
  }
}
