/**
 * The corpus (tests/fixtures/diagnose/<id>/*.txt, provenance in its README): every output gives exactly the id
 * of its folder, as saved, and again wrapped at 60, 80 and 120 columns, with Windows line ends, and as the
 * UTF-16LE file Windows PowerShell 5.1's `>` writes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseFindings } from './diagnose-findings.js';
import { diagnoseBytes } from './diagnose.js';

const corpusDir = new URL('../../../tests/fixtures/diagnose', import.meta.url).pathname;

const corpus = readdirSync(corpusDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((folder) =>
    readdirSync(join(corpusDir, folder.name))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ id: folder.name, name, bytes: readFileSync(join(corpusDir, folder.name, name)) })),
  );

/** What a console of `width` columns leaves when the output is copied: every line cut at the width. */
function wrapAt(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .flatMap((line) => (line.length === 0 ? [''] : Array.from({ length: Math.ceil(line.length / width) }, (_, i) => line.slice(i * width, (i + 1) * width))))
    .join('\r\n');
}

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

function idsOf(bytes: Uint8Array, name: string): string[] {
  const diagnosis = diagnoseBytes(bytes, name);
  if (!diagnosis.ok) throw new Error(diagnosis.error.message);
  return diagnosis.value.findings.map((f) => f.id);
}

describe('the diagnosis corpus', () => {
  it('has at least one output for every diag id, and only folders named for a diag id', () => {
    const ids = new Set(corpus.map((entry) => entry.id));
    expect([...ids].sort()).toEqual(Object.keys(diagnoseFindings).sort());
  });

  it('holds outputs wrapped at 80 columns with Windows line ends, and UTF-16LE files', () => {
    expect(corpus.some((entry) => entry.name.includes('80-columns') && entry.bytes.includes('\r\n'))).toBe(true);
    expect(corpus.filter((entry) => entry.bytes[0] === 0xff && entry.bytes[1] === 0xfe).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(corpus)('$id/$name', ({ id, name, bytes }) => {
    it(`gives exactly ${id}`, () => {
      expect(idsOf(bytes, name)).toEqual([id]);
    });

    const text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
    it.each([60, 80, 120])(`gives exactly ${id} when wrapped at %i columns (CRLF)`, (width) => {
      expect(idsOf(Buffer.from(wrapAt(text, width), 'utf8'), name)).toEqual([id]);
    });

    it(`gives exactly ${id} as UTF-16LE with a BOM, and as UTF-8 with a BOM`, () => {
      expect(idsOf(utf16le(text.replace(/\r?\n/g, '\r\n')), name)).toEqual([id]);
      expect(idsOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), name)).toEqual([id]);
    });
  });
});
