/**
 * The output with every blank removed, for searching: a phrase is found whatever the console width was and
 * wherever it wrapped the phrase (mid-word, at a blank, with or without indentation on the next line). Each
 * character remembers its source line, so a match leads back to the lines that hold it.
 */
import type { SourceLine } from './console-lines.js';

export interface CompactText {
  /** Lower case, no whitespace: what patterns are written against. */
  lower: string;
  /** The same characters in their original case (same length and positions as `lower`). */
  original: string;
  /** Source line number of each character. */
  lineOf: Uint32Array;
  /** Where each source line that holds a character starts in the compact text. */
  startOf: Map<number, number>;
}

export interface CompactMatch {
  /** Source line numbers the match spans. */
  lines: number[];
  /** Capture groups in their original case; undefined for a group that did not take part. */
  groups: (string | undefined)[];
}

/** Lower case of the same length, so both strings stay aligned (a character whose lower case is longer, İ, stays). */
function lowerAligned(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  return Array.from(text, (char) => {
    const folded = char.toLowerCase();
    return folded.length === char.length ? folded : char;
  }).join('');
}

export function compactText(lines: readonly SourceLine[]): CompactText {
  const kept = lines.filter((line) => !line.transcript).map((line) => ({ number: line.number, compact: line.text.replace(/\s+/g, '') }));
  const lineOf = new Uint32Array(kept.reduce((total, line) => total + line.compact.length, 0));
  const startOf = new Map<number, number>();
  let at = 0;
  for (const line of kept) {
    startOf.set(line.number, at);
    lineOf.fill(line.number, at, at + line.compact.length);
    at += line.compact.length;
  }
  const original = kept.map((line) => line.compact).join('');
  return { lower: lowerAligned(original), original, lineOf, startOf };
}

/** A phrase as it appears in the compact text: lower case, blanks removed, regex characters escaped. */
export function phrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function linesBetween(text: CompactText, start: number, end: number): number[] {
  const first = text.lineOf[start] as number;
  const last = text.lineOf[Math.max(start, end - 1)] as number;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Every match of `pattern` (written against the lower-case compact text). */
export function searchCompact(text: CompactText, pattern: RegExp): CompactMatch[] {
  const global = new RegExp(pattern.source, `${pattern.flags.replace(/[gd]/g, '')}gd`);
  const matches: CompactMatch[] = [];
  for (const match of text.lower.matchAll(global)) {
    const [start, end] = match.indices?.[0] ?? [match.index, match.index + match[0].length];
    if (end === start) continue;
    const groups = (match.indices ?? []).slice(1).map((span) => (span ? text.original.slice(span[0], span[1]) : undefined));
    matches.push({ lines: linesBetween(text, start, end), groups });
  }
  return matches;
}
