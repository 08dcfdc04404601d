/** `s2s-wizard check <project.s2s.json> [--offline]`: every check the wizard runs for a project. */
import * as fs from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { hasErrors, type Finding } from '../../core/findings.js';
import { loadProjectFile } from '../../core/model/project-file.js';
import { formatFindings } from '../format-findings.js';
import { exitCodes, type CliIo, type ExitCode } from '../io.js';
import { checkSections } from './check-sections.js';
import type { CliCommand } from './command.js';

export const checkCommand: CliCommand = {
  usage: 'check <project.s2s.json> [--offline]',
  summary: 'validate a project file and run every check the wizard runs for it',
  options: { offline: { type: 'boolean' } },
  positionals: ['the project file'],
  run: ({ positionals, values, common }, io) => runCheck(positionals[0] as string, common.json, values.offline === true, io),
};

async function runCheck(file: string, json: boolean, offline: boolean, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  const loaded = await loadProjectFile(fs, path);
  if (!loaded.ok) {
    if (json) io.stdout(`${JSON.stringify({ project: file, error: loaded.error, findings: [] }, null, 2)}\n`);
    io.stderr(`s2s-wizard: ${loaded.error.message}\n`);
    return exitCodes.usage;
  }
  const project = loaded.value;
  const findings: Finding[] = [];
  let output: Record<string, unknown> = { project: file };
  let invalid: Finding | undefined;
  const context = { project, projectDir: dirname(path), now: io.now(), offline, env: io.env, network: io.network };
  for (const section of checkSections) {
    const result = await section(context);
    findings.push(...result.findings);
    output = { ...output, ...result.json };
    // The first section checks the project's own values; when they are wrong the project file is invalid
    // (exit 2) and nothing else is checked.
    invalid = section === checkSections[0] ? result.findings.find((f) => f.severity === 'error') : undefined;
    if (invalid) break;
  }
  if (json) io.stdout(`${JSON.stringify({ ...output, findings }, null, 2)}\n`);
  else io.stdout(`Project ${file}\n${formatFindings(findings)}`);
  if (invalid) {
    io.stderr(`s2s-wizard: ${file}: ${invalid.subject ?? 'project'}: ${invalid.detail}\n`);
    return exitCodes.usage;
  }
  return hasErrors(findings) ? exitCodes.findings : exitCodes.ok;
}
