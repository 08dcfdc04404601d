/**
 * `s2s-wizard diagnose <output.txt|-> [--project FILE]` (design.md §3): what pasted or saved cmdlet output means.
 * Reads a file (UTF-8 with or without a BOM, UTF-16LE as Windows PowerShell 5.1's `>` writes it) or, for `-`,
 * standard input; lines the console wrapped are joined. `--project` fills the fix commands with the project's
 * values (test user, realm, Exchange servers).
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import { diagnoseContextOf, noProjectContext, type DiagnoseContext } from '../../core/diagnose/diagnose-context.js';
import { diagnoseBytes, type Diagnosis } from '../../core/diagnose/diagnose.js';
import { hasErrors } from '../../core/findings.js';
import { loadProjectFile } from '../../core/model/project-file.js';
import { formatFindings } from '../format-findings.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from '../io.js';
import type { CliCommand } from './command.js';

/** Console output of a test is a few kilobytes; a file this large is something else. */
const maxOutputBytes = 16 * 1024 * 1024;

async function readOutput(io: CliIo, file: string): Promise<Uint8Array> {
  if (file === '-') {
    if (!io.readStdin) throw new UsageError('diagnose: standard input cannot be read here; name a file instead of -');
    return io.readStdin();
  }
  try {
    const stat = await fs.stat(resolve(io.cwd, file));
    if (stat.size > maxOutputBytes) throw new UsageError(`diagnose: ${file} is ${stat.size} bytes; console output of the test is a few kilobytes. Is it the right file?`);
    return new Uint8Array(await fs.readFile(resolve(io.cwd, file)));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new UsageError(`diagnose: cannot read ${file}: ${why}`);
  }
}

async function contextFrom(io: CliIo, projectFile: unknown): Promise<DiagnoseContext> {
  if (projectFile === undefined) return noProjectContext;
  const loaded = await loadProjectFile(fs, resolve(io.cwd, String(projectFile)));
  if (!loaded.ok) throw new UsageError(`diagnose: --project: ${loaded.error.message}`);
  return diagnoseContextOf(loaded.value);
}

function describeInput(name: string, input: Diagnosis['input']): string {
  const parts = [input.encoding ?? 'text', `${input.lines} line(s)`];
  if (input.consoleWidth !== null) parts.push(`wrapped at ${input.consoleWidth} columns`);
  if (input.transcript) parts.push('a transcript');
  return `Output ${name} (${parts.join(', ')})`;
}

function formatEvidence(diagnosis: Diagnosis): string {
  const lines: string[] = [];
  for (const finding of diagnosis.findings) {
    const evidence = diagnosis.evidence[finding.id] ?? [];
    if (evidence.length === 0) continue;
    lines.push(`Evidence for ${finding.id}:`, ...evidence.map((e) => `  line ${e.line}: ${e.text}`));
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

async function runDiagnose(file: string, projectFile: unknown, json: boolean, io: CliIo): Promise<ExitCode> {
  const context = await contextFrom(io, projectFile);
  const name = file === '-' ? 'standard input' : file;
  const diagnosed = diagnoseBytes(await readOutput(io, file), name, context);
  if (!diagnosed.ok) throw new UsageError(`diagnose: ${diagnosed.error.message}`);
  const diagnosis = diagnosed.value;
  if (json) io.stdout(`${JSON.stringify({ output: name, input: diagnosis.input, findings: diagnosis.findings, evidence: diagnosis.evidence }, null, 2)}\n`);
  else io.stdout(`${describeInput(name, diagnosis.input)}\n${formatFindings(diagnosis.findings)}${formatEvidence(diagnosis)}`);
  return hasErrors(diagnosis.findings) ? exitCodes.findings : exitCodes.ok;
}

export const diagnoseCommand: CliCommand = {
  usage: 'diagnose <output.txt|-> [--project FILE]',
  summary: 'say what the output of Test-CsExStorageConnectivity (or New-CsPartnerApplication, the generated scripts) means, with the fix',
  options: { project: { type: 'string' } },
  positionals: ['the output file (or - for standard input)'],
  run: ({ positionals, values, common }, io) => runDiagnose(positionals[0] as string, values.project, common.json, io),
};
