/** Splits PEM text into its `-----BEGIN x-----` … `-----END x-----` blocks, strictly: a truncated block is an error. */
export interface PemBlock {
  /** The word(s) after BEGIN, e.g. `CERTIFICATE`, `PRIVATE KEY`, `ENCRYPTED PRIVATE KEY`, `RSA PRIVATE KEY`. */
  label: string;
  /** The block as written (headers included), for parsers that take PEM text. */
  text: string;
  der: Uint8Array;
  /** RFC 1421 headers such as `Proc-Type: 4,ENCRYPTED` (legacy OpenSSL encrypted keys). */
  encryptedHeader: boolean;
}

const beginLine = /^-----BEGIN ([A-Z0-9 ]+)-----$/;
const base64Body = /^[A-Za-z0-9+/]*={0,2}$/;

/** `null` when the text holds no PEM block at all; an error message when a block is broken. */
export function readPemBlocks(text: string): PemBlock[] | { error: string } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const blocks: PemBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const begin = beginLine.exec((lines[i] ?? '').trim());
    if (!begin) continue;
    const label = begin[1] as string;
    const start = i;
    const body: string[] = [];
    let encryptedHeader = false;
    let ended = false;
    for (i += 1; i < lines.length; i += 1) {
      const line = (lines[i] ?? '').trim();
      if (line === `-----END ${label}-----`) {
        ended = true;
        break;
      }
      if (line.includes(':')) {
        if (/^Proc-Type:\s*4,ENCRYPTED/i.test(line)) encryptedHeader = true;
        continue;
      }
      body.push(line);
    }
    if (!ended) return { error: `the ${label} block that starts on line ${start + 1} has no END line (the file may be truncated)` };
    const joined = body.join('');
    if (!base64Body.test(joined) || joined.length === 0 || joined.length % 4 === 1) {
      return { error: `the ${label} block that starts on line ${start + 1} is not valid base64` };
    }
    blocks.push({ label, text: lines.slice(start, i + 1).join('\n'), der: new Uint8Array(Buffer.from(joined, 'base64')), encryptedHeader });
  }
  return blocks.length > 0 ? blocks : null;
}
