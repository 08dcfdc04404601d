/**
 * Text files as Windows PowerShell writes them. 5.1's `>` and `Out-File` write UTF-16LE with a BOM,
 * `Start-Transcript` and `Set-Content -Encoding UTF8` write UTF-8 with a BOM, PowerShell 7 writes UTF-8 without
 * one, and `-Encoding Default` writes the ANSI code page (windows-1252 on Western systems). A file copied through
 * some tools loses its BOM, so UTF-16 is also recognised by its zero bytes.
 */
import { msg } from './message-catalogue.js';
import { fail, ok, type Result } from './result.js';

export type TextEncodingName = 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16le with BOM' | 'utf-16be with BOM' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How many of the first bytes are looked at to recognise BOM-less UTF-16. */
const sniffLength = 4096;

/** BOM-less UTF-16LE: ASCII-range text has a zero in (nearly) every odd byte and (nearly) no even one. */
function looksLikeUtf16le(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, sniffLength) & ~1;
  if (length < 4) return false;
  let oddZeros = 0;
  let evenZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  return oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05;
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { fatal: false }).decode(bytes);
}

function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode('utf-8', bytes.subarray(3)), encoding: 'utf-8 with BOM' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le with BOM' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be with BOM' };
  if (looksLikeUtf16le(bytes)) return { text: decode('utf-16le', bytes), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: what Windows PowerShell writes with -Encoding Default on a Western system.
    return { text: decode('windows-1252', bytes), encoding: 'windows-1252' };
  }
}

/**
 * Decodes a text file; `fileName` only names the file in the error. A file that still holds NUL characters
 * after decoding is not text (an executable, an archive, an event log export).
 */
export function decodeWindowsText(bytes: Uint8Array, fileName: string): Result<DecodedText> {
  const decoded = decodeBytes(bytes);
  if (decoded.text.includes('\u0000')) {
    return fail('text.not-text', msg('error.text.not-text', { file: fileName, outFile: 'Out-File', transcript: 'Start-Transcript' }), fileName);
  }
  return ok(decoded);
}
