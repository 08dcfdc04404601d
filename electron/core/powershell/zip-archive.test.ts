import { crc32, inflateRawSync } from 'node:zlib';
import { createZip } from './zip-archive.js';

/** Reads a zip back as the format describes it: end record → central directory → local headers → deflated data. */
function readZip(zip: Uint8Array) {
  const buffer = Buffer.from(zip);
  const end = buffer.length - 22;
  expect(buffer.readUInt32LE(end)).toBe(0x06054b50);
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  expect(at + buffer.readUInt32LE(end + 12)).toBe(end);
  const entries: Array<{ path: string; bytes: Buffer; flags: number; dosDate: number }> = [];
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const flags = buffer.readUInt16LE(at + 8);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressed = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const local = buffer.readUInt32LE(at + 42);
    const path = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(buffer.readUInt32LE(local)).toBe(0x04034b50);
    expect(buffer.subarray(local + 30, local + 30 + nameLength).toString('utf8')).toBe(path);
    expect(method).toBe(8);
    const data = buffer.subarray(local + 30 + nameLength + buffer.readUInt16LE(local + 28), local + 30 + nameLength + buffer.readUInt16LE(local + 28) + compressed);
    const bytes = inflateRawSync(data);
    expect(bytes.length).toBe(size);
    expect(crc32(bytes)).toBe(crc);
    entries.push({ path, bytes, flags, dosDate: buffer.readUInt16LE(at + 14) });
    at += 46 + nameLength;
  }
  return entries;
}

describe('createZip', () => {
  it('writes deflated entries with UTF-8 names that read back to the same bytes', () => {
    const script = Buffer.from('\uFEFFWrite-Host "x"\r\n'.repeat(200), 'utf8');
    const zip = createZip(
      [
        { path: '01-exchange-trust-lync.ps1', bytes: script },
        { path: 'rollback/undo-01-교환.ps1', bytes: Buffer.from('') },
      ],
      new Date(2026, 10, 26, 9, 30, 10),
    );
    const entries = readZip(zip);
    expect(entries.map((e) => e.path)).toEqual(['01-exchange-trust-lync.ps1', 'rollback/undo-01-교환.ps1']);
    expect(entries[0]?.bytes.equals(script)).toBe(true);
    expect(entries[1]?.bytes.length).toBe(0);
    expect(entries.every((e) => (e.flags & 0x0800) !== 0)).toBe(true);
    expect(entries[0]?.dosDate).toBe(((2026 - 1980) << 9) | (11 << 5) | 26);
    expect(zip.length).toBeLessThan(script.length);
  });

  it('refuses a path that would escape the folder it is unpacked into', () => {
    expect(() => createZip([{ path: '../x.ps1', bytes: new Uint8Array() }], new Date())).toThrow(/Unsafe path/);
    expect(() => createZip([{ path: '/x.ps1', bytes: new Uint8Array() }], new Date())).toThrow(/Unsafe path/);
  });
});
