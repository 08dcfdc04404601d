/**
 * How a value enters a generated script (design.md §6). PowerShell treats five characters as a single quote
 * (' U+2018 U+2019 U+201A U+201B): any of them ends a single-quoted literal, and any of them doubled stands
 * for itself. Doubling all five keeps a value inside its literal whatever it holds.
 */

const singleQuotes = /['\u2018\u2019\u201A\u201B]/g;

/** A single-quoted PowerShell literal: `it's` → `'it''s'`. */
export function quotePs(value: string): string {
  return `'${value.replace(singleQuotes, '$&$&')}'`;
}

/** Printable ASCII without control characters: what may be written into a script as it is. */
const plainText = /^[\x20-\x7e]*$/;

/**
 * Arbitrary text as an expression that yields exactly that text: a quoted literal when it is printable ASCII,
 * otherwise its UTF-8 bytes in base64, decoded by PowerShell at run time. The base64 alphabet holds no quote,
 * no `$`, no backtick and no line break, so nothing in the value can reach the parser, and the script's own
 * encoding cannot garble it.
 */
export function psText(value: string): string {
  if (plainText.test(value)) return quotePs(value);
  const base64 = Buffer.from(value, 'utf8').toString('base64');
  return `([System.Text.Encoding]::UTF8.GetString([System.Convert]::FromBase64String('${base64}')))`;
}
