import * as fs from 'node:fs/promises';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBoundedFile } from './read-bounded-file.js';

describe('readBoundedFile', () => {
  it('reads a small file, and refuses a folder, a device and a file over the limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2s-bounded-'));
    onTestFinished(() => rm(dir, { recursive: true, force: true }));
    await writeFile(join(dir, 'small.cer'), 'abc');
    await writeFile(join(dir, 'big.cer'), new Uint8Array(2048));
    expect(Buffer.from(await readBoundedFile(fs, join(dir, 'small.cer'))).toString()).toBe('abc');
    await expect(readBoundedFile(fs, join(dir, 'big.cer'), 1024)).rejects.toThrow('it is 2048 bytes, more than a certificate file can be (1 KiB)');
    await expect(readBoundedFile(fs, dir)).rejects.toThrow('it is not a regular file');
    await expect(readBoundedFile(fs, '/dev/zero')).rejects.toThrow('it is not a regular file');
    await expect(readBoundedFile(fs, join(dir, 'none.cer'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
