import type { DroppedFile } from '../../../electron/shared/channels/dropped-file';

/**
 * How much of a dropped file each drop target reads: main's limit for that kind of file (a certificate file, a
 * metadata document, a state file, the test's output). read-dropped-file.test.ts keeps them equal to main's.
 */
export const dropLimits = {
  certificate: 1024 * 1024,
  metadata: 1024 * 1024,
  state: 4 * 1024 * 1024,
  testOutput: 16 * 1024 * 1024,
} as const;

/**
 * The dropped file for main: its name, its whole size, and at most its first `limit` + 1 bytes, read and
 * encoded by the browser off the page's thread (a file dropped by mistake may be gigabytes).
 */
export function readDroppedFile(file: File, limit: number): Promise<DroppedFile> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = reader.result as string;
      resolve({ name: file.name, size: file.size, base64: url.slice(url.indexOf(',') + 1) });
    };
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read.`));
    reader.readAsDataURL(file.slice(0, limit + 1));
  });
}
