// @vitest-environment jsdom
/** What the renderer sends of a dropped file: its first bytes up to main's limit plus one, and its true size. */
import { maxCertificateFileBytes } from '../../../electron/core/certs/read-bounded-file';
import { maxMetadataBytes } from '../../../electron/core/metadata/parse-metadata';
import { maxStateFileBytes } from '../../../electron/core/state/import-state';
import { maxOutputBytes } from '../../../electron/main/ipc/handlers/verify-handlers';
import { dropLimits, readDroppedFile } from './read-dropped-file';

describe('readDroppedFile', () => {
  it('reads each kind of file up to the limit main has for it', () => {
    expect(dropLimits).toEqual({ certificate: maxCertificateFileBytes, metadata: maxMetadataBytes, state: maxStateFileBytes, testOutput: maxOutputBytes });
  });

  it('sends a small file whole, as base64, with its name and size', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0x00, 0xff]);
    expect(await readDroppedFile(new File([bytes], 'state (2).json'), 100)).toEqual({ name: 'state (2).json', size: 7, base64: Buffer.from(bytes).toString('base64') });
  });

  it('reads only the limit plus one byte of a larger file, and says its whole size', async () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
    const dropped = await readDroppedFile(new File([bytes], 'big.bin'), 1000);
    expect(dropped.size).toBe(5000);
    expect(Buffer.from(dropped.base64, 'base64')).toEqual(Buffer.from(bytes.subarray(0, 1001)));
  });

  it('sends an empty file as no bytes', async () => {
    expect(await readDroppedFile(new File([], 'empty.json'), 100)).toEqual({ name: 'empty.json', size: 0, base64: '' });
  });
});
