/**
 * The text of a PDF as Chromium's printer (Skia) writes it, for tests: pages, their content streams (Flate),
 * the fonts they use and each font's ToUnicode CMap, so the glyph codes of `Tj`/`TJ` turn back into characters.
 * Enough for Chromium's own output; not a general PDF reader (no object streams, no encryption).
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of text.matchAll(/(\d+) 0 obj\b/g)) {
    const start = (match.index as number) + match[0].length;
    const end = text.indexOf('endobj', start);
    const body = text.slice(start, end);
    const streamAt = body.search(/\bstream\r?\n/);
    let stream: Buffer | null = null;
    let dictionary = body;
    if (streamAt >= 0) {
      dictionary = body.slice(0, streamAt);
      const dataStart = start + streamAt + (/\bstream\r\n/.test(body.slice(streamAt, streamAt + 8)) ? 8 : 7);
      const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
      const dataEnd = length ? dataStart + Number(length[1]) : text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(dataStart, dataEnd);
      stream = /\/FlateDecode/.test(dictionary) ? inflateSync(raw) : raw;
    }
    objects.set(Number(match[1]), { dictionary, stream });
  }
  return objects;
}

const reference = (dictionary: string, key: string) => {
  const match = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dictionary);
  return match ? Number(match[1]) : null;
};

function hexToUtf16(hex: string): string {
  const bytes = Buffer.from(hex.length % 4 === 0 ? hex : hex.padStart(Math.ceil(hex.length / 4) * 4, '0'), 'hex');
  let out = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) out += String.fromCharCode(bytes.readUInt16BE(i));
  return out;
}

/** A ToUnicode CMap: glyph code (hex, as written) → text. */
function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
    for (const [, code, text] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(code as string, 16), hexToUtf16(text as string));
  }
  for (const block of cmap.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
    for (const [, from, to, target] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(<[0-9a-fA-F]+>|\[[^\]]*\])/g)) {
      const first = parseInt(from as string, 16);
      const last = parseInt(to as string, 16);
      if ((target as string).startsWith('[')) {
        const targets = [...(target as string).matchAll(/<([0-9a-fA-F]+)>/g)].map((m) => hexToUtf16(m[1] as string));
        targets.forEach((t, i) => map.set(first + i, t));
      } else {
        const base = hexToUtf16((target as string).slice(1, -1));
        for (let code = first; code <= last; code += 1) map.set(code, base.slice(0, -1) + String.fromCharCode(base.charCodeAt(base.length - 1) + code - first));
      }
    }
  }
  return map;
}

interface Font {
  cmap: Map<number, string>;
  /** Bytes per glyph code: 2 for Identity-H (Type0), 1 for simple fonts. */
  width: 1 | 2;
}

function fontsOf(resources: string, objects: Map<number, PdfObject>): Map<string, Font> {
  const fonts = new Map<string, Font>();
  const fontDictionary = /\/Font\s*(<<[^]*?>>|\d+ 0 R)/.exec(resources)?.[1] ?? '';
  const entries = fontDictionary.startsWith('<<') ? fontDictionary : (objects.get(Number(fontDictionary.split(' ')[0]))?.dictionary ?? '');
  for (const [, name, number] of entries.matchAll(/\/([A-Za-z0-9_.+-]+)\s+(\d+) 0 R/g)) {
    const font = objects.get(Number(number))?.dictionary ?? '';
    const toUnicode = reference(font, 'ToUnicode');
    const cmap = toUnicode === null ? new Map<number, string>() : readCMap(objects.get(toUnicode)?.stream?.toString('latin1') ?? '');
    fonts.set(name as string, { cmap, width: /\/Type0/.test(font) ? 2 : 1 });
  }
  return fonts;
}

function decodeString(token: string, font: Font | undefined): string {
  let bytes: Buffer;
  if (token.startsWith('<')) {
    bytes = Buffer.from(token.slice(1, -1).replace(/\s/g, ''), 'hex');
  } else {
    const body = token.slice(1, -1).replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, escaped: string) =>
      /^[0-7]/.test(escaped) ? String.fromCharCode(parseInt(escaped, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[escaped] ?? escaped,
    );
    bytes = Buffer.from(body, 'latin1');
  }
  if (!font) return bytes.toString('latin1');
  let out = '';
  for (let i = 0; i + font.width - 1 < bytes.length; i += font.width) {
    const code = font.width === 2 ? bytes.readUInt16BE(i) : (bytes[i] as number);
    out += font.cmap.get(code) ?? '';
  }
  return out;
}

function contentText(content: string, fonts: Map<string, Font>): string {
  let font: Font | undefined;
  let out = '';
  const tokens = content.matchAll(/\/([A-Za-z0-9_.+-]+)\s+[\d.]+\s+Tf|(<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\))\s*Tj|\[((?:[^\]\\]|\\.)*)\]\s*TJ|\b(Td|TD|T\*|Tm|ET)\b/g);
  for (const [, fontName, single, array, move] of tokens) {
    if (fontName) font = fonts.get(fontName);
    else if (single) out += decodeString(single, font);
    else if (array !== undefined) for (const [part] of array.matchAll(/<[0-9a-fA-F\s]*>|\((?:\\.|[^\\)])*\)/g)) out += decodeString(part, font);
    else if (move) out += move === 'ET' ? '\n' : ' ';
  }
  return out;
}

/** The text of each page, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dictionary));
  return pages.map((page) => {
    const resourcesRef = reference(page.dictionary, 'Resources');
    const resources = resourcesRef === null ? (/\/Resources\s*(<<[^]*>>)/.exec(page.dictionary)?.[1] ?? '') : (objects.get(resourcesRef)?.dictionary ?? '');
    const fonts = fontsOf(resources, objects);
    const contents = /\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dictionary)?.[1] ?? '';
    const streams = [...contents.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))?.stream?.toString('latin1') ?? '');
    return streams.map((stream) => contentText(stream, fonts)).join('\n');
  });
}
