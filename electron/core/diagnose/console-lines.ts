/**
 * The lines of pasted or saved console output, as the diagnosis reads them: Windows or Unix line ends, the
 * header and footer blocks of `Start-Transcript` set aside, and lines that the console wrapped at its width
 * joined back into the line PowerShell wrote.
 */

export interface SourceLine {
  /** 1-based, as an editor shows it. */
  number: number;
  /** As it was, trailing blanks included. */
  text: string;
  /** Part of a transcript header or footer (`**********************` blocks), not output of a command. */
  transcript: boolean;
}

/** One line as PowerShell wrote it: one source line, or several that the console wrapped. */
export interface LogicalLine {
  text: string;
  /** Number of the first and the last source line it spans. */
  first: number;
  last: number;
}

export interface ConsoleLines {
  source: SourceLine[];
  logical: LogicalLine[];
  /** The console width the output was wrapped at, when the output shows one. */
  width: number | null;
  /** The output is (part of) a `Start-Transcript` file. */
  transcript: boolean;
}

const transcriptBorder = /^\*{10,}\s*$/;
const transcriptNote = /^Transcript (started|stopped), output file is /;

/** Marks the lines of each `**********************` block (header, footer, invocation headers). */
function markTranscriptLines(lines: string[]): SourceLine[] {
  const marked: SourceLine[] = [];
  let inBlock = false;
  for (const [index, text] of lines.entries()) {
    const border = transcriptBorder.test(text);
    marked.push({ number: index + 1, text, transcript: border || inBlock || transcriptNote.test(text) });
    if (border) inBlock = !inBlock;
  }
  return marked;
}

/** The shortest width at which wrapping is believed: narrower "widths" are ordinary short lines. */
const minimumWidth = 40;
/** Console widths people keep; at these, two cut lines are enough to believe the width. */
const commonWidths = new Set([80, 100, 120]);

/** Lines that start something of their own, so they never continue the line above. */
const startsALine = /^(PS[ >]|\[PS\] |VERBOSE: |WARNING: |DEBUG: |At line:\d|At [A-Za-z]:\\|\s*\+ |[A-Z][A-Za-z]+-[A-Za-z]+ : )/;

const continues = (next: SourceLine | undefined) => next !== undefined && !next.transcript && next.text.length > 0 && !startsALine.test(next.text);

/**
 * The console width: the length of the longest output lines when several have exactly that length and go on
 * in the next line (the console cut them there). Three such lines, or two at a usual width; fewer is a
 * coincidence. Output that nothing wrapped (a transcript of long lines) has no such width.
 */
function detectWidth(lines: SourceLine[]): number | null {
  const output = lines.filter((l) => !l.transcript);
  const longest = Math.max(0, ...output.map((l) => l.text.length));
  if (longest < minimumWidth) return null;
  const cut = lines.filter((line, i) => !line.transcript && line.text.length === longest && continues(lines[i + 1])).length;
  return cut >= 3 || (cut === 2 && commonWidths.has(longest)) ? longest : null;
}

function joinWrapped(lines: SourceLine[], width: number | null): LogicalLine[] {
  const logical: LogicalLine[] = [];
  let current: LogicalLine | null = null;
  for (const line of lines) {
    if (line.transcript) {
      current = null;
      continue;
    }
    if (current && continues(line)) {
      current.text += line.text;
      current.last = line.number;
    } else {
      current = { text: line.text, first: line.number, last: line.number };
      logical.push(current);
    }
    // A line that fills the console width continues on the next one.
    if (width === null || line.text.length !== width) current = null;
  }
  return logical.map((l) => ({ ...l, text: l.text.trimEnd() }));
}

export function readConsoleLines(text: string): ConsoleLines {
  const rows = text.replace(/\r\n?/g, '\n').split('\n');
  if (rows.at(-1) === '') rows.pop();
  // Lines keep their trailing blanks: a line the console cut just after a blank still has the full width.
  const source = markTranscriptLines(rows);
  const width = detectWidth(source);
  return {
    source,
    logical: joinWrapped(source, width),
    width,
    transcript: source.some((l) => l.transcript && /transcript start/i.test(l.text)),
  };
}
