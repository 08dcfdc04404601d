/**
 * Bundle files as Windows tools want them: UTF-8 with a byte order mark (Windows PowerShell 5.1 reads a
 * BOM-less script as the ANSI code page and garbles anything outside ASCII) and CRLF line ends.
 */
const bom = [0xef, 0xbb, 0xbf];

function toWindowsText(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

export function encodeBundleFile(text: string): Uint8Array {
  const body = Buffer.from(toWindowsText(text), 'utf8');
  const bytes = new Uint8Array(bom.length + body.length);
  bytes.set(bom, 0);
  bytes.set(body, bom.length);
  return bytes;
}
