/**
 * Reads a certificate or CA file, refusing anything that is not a regular file or is larger than a certificate
 * file can be: a path such as /dev/zero or a multi-gigabyte file must not hang or exhaust the process.
 * The file system comes in as an edge (`node:fs/promises`).
 */
export const maxCertificateFileBytes = 1024 * 1024;

/** Why a file of `size` bytes is not read as a certificate file (picked or dropped alike). */
export function certificateFileTooLarge(size: number, maxBytes = maxCertificateFileBytes): string {
  return `it is ${size} bytes, more than a certificate file can be (${maxBytes / 1024} KiB)`;
}

interface BoundedHandle {
  stat(): Promise<{ isFile(): boolean; size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
  close(): Promise<void>;
}

export interface BoundedFs {
  open(path: string, flags: 'r'): Promise<BoundedHandle>;
}

export async function readBoundedFile(fs: BoundedFs, path: string, maxBytes = maxCertificateFileBytes): Promise<Uint8Array> {
  const handle = await fs.open(path, 'r');
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new Error('it is not a regular file');
    if (stat.size > maxBytes) throw new Error(certificateFileTooLarge(stat.size, maxBytes));
    const buffer = new Uint8Array(stat.size);
    let read = 0;
    while (read < stat.size) {
      const { bytesRead } = await handle.read(buffer, read, stat.size - read, read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return buffer.subarray(0, read);
  } finally {
    await handle.close();
  }
}
