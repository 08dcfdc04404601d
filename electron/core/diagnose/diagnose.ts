/**
 * Reads the output of Test-CsExStorageConnectivity (and of New-/Set-CsPartnerApplication,
 * Configure-EnterprisePartnerApplication.ps1 and the generated scripts) and says what it means: one `diag.*`
 * finding per cause found, each with the lines that show it and the commands that fix it. Works on output of
 * any console width, pasted or saved (UTF-8 or UTF-16LE), with or without -Verbose, inside a transcript or not.
 */
import { decodeWindowsText, type TextEncodingName } from '../decode-windows-text.js';
import { sortFindings, type Finding, type FindingId } from '../findings.js';
import { english, msg } from '../message-catalogue.js';
import { ok, type Result } from '../result.js';
import {
  accessDeniedFinding,
  autodiscoverFailedFinding,
  emptyResponseFinding,
  metadataDownloadFailedFinding,
  noMailboxFinding,
  oauth401Finding,
  successFinding,
  unknownFinding,
  wildcardAcceptedDomainFinding,
} from './causes.js';
import { compactText, searchCompact, type CompactMatch, type CompactText } from './compact-text.js';
import { readConsoleLines, type ConsoleLines, type LogicalLine } from './console-lines.js';
import { noProjectContext, type DiagnoseContext } from './diagnose-context.js';
import { readOutputFacts } from './output-facts.js';
import { symptoms, type SymptomName } from './symptoms.js';

export interface EvidenceLine {
  /** Line number in the output (the first line, when the console wrapped it). */
  line: number;
  text: string;
}

export interface Diagnosis {
  /** Worst first. */
  findings: Finding[];
  /** The output lines each finding rests on. */
  evidence: Partial<Record<FindingId, EvidenceLine[]>>;
  input: {
    encoding: TextEncodingName | null;
    lines: number;
    /** The console width the output was wrapped at, when it shows one. */
    consoleWidth: number | null;
    transcript: boolean;
  };
}

const maxEvidence = 12;
const maxErrorEvidence = 40;

/** Lines that look like an error when no known failure matches (shown for diag.unknown). */
const errorLike = [
  /^\s*\+\s*(CategoryInfo|FullyQualifiedErrorId)\s*:/,
  /^At (line:\d+|.+:\d+) char:\d+/,
  /^[A-Z][A-Za-z]+-[A-Za-z]+ : \S/,
  /\.ps1 : \S/,
  /^WARNING:/,
  /Is command successful: False/i,
  /^=== RESULT: failed/,
  /\b(errors?|failed|failure|fails|exception|denied|unauthorized|forbidden|cannot|could not|couldn't|not found|invalid|refused|timed out)\b/i,
];
/** The parts of a PowerShell error record: an error was written, whatever its text. */
const errorRecord = [/^\s*\+\s*(CategoryInfo|FullyQualifiedErrorId)\s*:/, /^At (line:\d+|.+:\d+) char:\d+/];
/** A prompt running the test, in the compact text (`PS C:\Users\admin> Test-CsExStorageConnectivity`), matched where a line starts. */
const promptWithTest = /(?:\[ps\]|ps)[^>]{0,260}>test-csexstorageconnectivity/y;
/** Words that rule out a quiet success, in the compact text. */
const quietWords = /error|fail|exception|denied|unauthori[sz]ed|warning|cannot|notfound|invalid|refused|timedout/;

function evidenceOf(lines: ConsoleLines, sourceLines: Iterable<number>, limit = maxEvidence): EvidenceLine[] {
  const wanted = new Set(sourceLines);
  return lines.logical
    .filter((logical) => {
      for (let n = logical.first; n <= logical.last; n += 1) if (wanted.has(n)) return true;
      return false;
    })
    .slice(0, limit)
    .map((logical) => ({ line: logical.first, text: logical.text }));
}

const linesOf = (...groups: CompactMatch[][]) => groups.flat().flatMap((match) => match.lines);
const matches = (logical: LogicalLine, patterns: RegExp[]) => patterns.some((pattern) => pattern.test(logical.text));

/**
 * A run without -Verbose prints no verdict: a prompt with the test, then the next prompt, and nothing between
 * them that reads like an error. Prompts are found where a source line starts, and read in the compact text,
 * so a command line the console wrapped still counts.
 */
function finishedQuietly(lines: ConsoleLines, compact: CompactText): number | null {
  const prompts = lines.source
    .filter((line) => !line.transcript && /^(\[PS\]|PS)[ >]/.test(line.text) && compact.startOf.has(line.number))
    .map((line) => ({ line: line.number, at: compact.startOf.get(line.number) as number }));
  for (const [index, start] of prompts.entries()) {
    promptWithTest.lastIndex = start.at;
    const command = promptWithTest.exec(compact.lower);
    if (!command) continue;
    const next = prompts[index + 1];
    const transcriptEnded = lines.source.some((line) => line.transcript && /transcript end/i.test(line.text) && line.number > start.line);
    if (!next && !transcriptEnded) return null;
    const between = compact.lower.slice(promptWithTest.lastIndex, next ? next.at : compact.lower.length);
    return quietWords.test(between) ? null : start.line;
  }
  return null;
}

export function diagnoseText(text: string, context: DiagnoseContext = noProjectContext, encoding: TextEncodingName | null = null): Diagnosis {
  const lines = readConsoleLines(text);
  const compact = compactText(lines.source);
  const facts = readOutputFacts(compact);
  const inputs = { context, facts };
  const hits = Object.fromEntries(
    (Object.keys(symptoms) as SymptomName[]).map((name) => [name, symptoms[name].flatMap((pattern) => searchCompact(compact, pattern))]),
  ) as Record<SymptomName, CompactMatch[]>;
  const found = (name: SymptomName) => hits[name].length > 0;

  const raised: { finding: Finding; lines: number[] }[] = [];
  const raise = (finding: Finding, lines: number[]) => raised.push({ finding, lines });

  // Both are 401s; x-ms-diagnostics 2000004 names the cause.
  if (found('invalidTenant')) raise(wildcardAcceptedDomainFinding(inputs), linesOf(hits.invalidTenant, hits.unauthorized));
  else if (found('unauthorized')) raise(oauth401Finding(inputs), linesOf(hits.unauthorized));
  // "Access Denied" names the RTC groups only when the Storage Service said it.
  if (found('accessDenied') && found('storageCmdlet')) raise(accessDeniedFinding(inputs), linesOf(hits.accessDenied));
  if (found('noMailbox')) raise(noMailboxFinding(inputs), linesOf(hits.noMailbox, hits.autodiscover));
  // A 401 or a missing mailbox also makes Autodiscover fail; then that is the cause, not Autodiscover.
  if (found('autodiscover') && !found('unauthorized') && !found('invalidTenant') && !found('noMailbox')) {
    raise(autodiscoverFailedFinding(inputs), linesOf(hits.autodiscover));
  }
  if (found('emptyResponse')) raise(emptyResponseFinding(inputs), linesOf(hits.emptyResponse));
  if (found('metadataDownload')) raise(metadataDownloadFailedFinding(inputs), linesOf(hits.metadataDownload));

  const successLines = linesOf(hits.success, hits.configureSucceeded);
  const errorRecords = lines.logical.filter((logical) => matches(logical, errorRecord));
  const errorLines = lines.logical.filter((logical) => matches(logical, errorLike));
  if (raised.length > 0 && successLines.length > 0) {
    // 03-verify.ps1 runs the test twice when archiving is chosen: one run may pass and the other fail.
    const line = Math.min(...successLines);
    for (const entry of raised) {
      const detail = msg('diag.note.other-run-succeeded', { detail: entry.finding.text.detail, line });
      entry.finding = { ...entry.finding, detail: english(detail), text: { ...entry.finding.text, detail } };
    }
  }
  if (raised.length === 0) {
    const quiet = successLines.length === 0 ? finishedQuietly(lines, compact) : null;
    const verdictFailed = errorLines.some((l) => /Is command successful: False|^=== RESULT: failed/i.test(l.text));
    if (successLines.length > 0 && errorRecords.length === 0 && !verdictFailed) {
      raise(successFinding(inputs, found('success') ? 'verdict' : 'configure-script'), successLines);
    } else if (quiet) {
      raise(successFinding(inputs, 'verdict'), [quiet]);
    } else {
      const empty = lines.logical.every((logical) => logical.text.trim() === '');
      const finding = unknownFinding(inputs, errorLines.length, empty);
      const evidence = errorLines.slice(0, maxErrorEvidence).map((logical) => ({ line: logical.first, text: logical.text }));
      return result(lines, encoding, [{ finding, evidence }]);
    }
  }
  return result(
    lines,
    encoding,
    raised.map(({ finding, lines: sourceLines }) => ({ finding, evidence: evidenceOf(lines, sourceLines) })),
  );
}

function result(lines: ConsoleLines, encoding: TextEncodingName | null, entries: { finding: Finding; evidence: EvidenceLine[] }[]): Diagnosis {
  return {
    findings: sortFindings(entries.map((entry) => entry.finding)),
    evidence: Object.fromEntries(entries.map((entry) => [entry.finding.id, entry.evidence])),
    input: { encoding, lines: lines.source.length, consoleWidth: lines.width, transcript: lines.transcript },
  };
}

/** Diagnoses a saved output file; `fileName` only names the file in the error. */
export function diagnoseBytes(bytes: Uint8Array, fileName: string, context: DiagnoseContext = noProjectContext): Result<Diagnosis> {
  const decoded = decodeWindowsText(bytes, fileName);
  if (!decoded.ok) return decoded;
  return ok(diagnoseText(decoded.value.text, context, decoded.value.encoding));
}
