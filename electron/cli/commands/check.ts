/** `s2s-wizard check <project.s2s.json> [--offline]`: every check the wizard runs for a project. */
import { resolve } from 'node:path';
import * as fs from 'node:fs/promises';
import { hasErrors } from '../../core/findings.js';
import { resolveEndpoints } from '../../core/model/defaults.js';
import { loadProjectFile } from '../../core/model/project-file.js';
import { validateProject } from '../../core/model/validate-project.js';
import { formatFindings } from '../format-findings.js';
import { exitCodes, type CliIo, type ExitCode } from '../io.js';
import type { CliCommand } from './command.js';

export const checkCommand: CliCommand = {
  usage: 'check <project.s2s.json> [--offline]',
  summary: 'validate a project file and run every check the wizard runs for it',
  options: { offline: { type: 'boolean' } },
  positionals: ['the project file'],
  run: ({ positionals, common }, io) => runCheck(positionals[0] as string, common.json, io),
};

async function runCheck(file: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  const loaded = await loadProjectFile(fs, path);
  if (!loaded.ok) {
    if (json) io.stdout(`${JSON.stringify({ project: file, error: loaded.error, findings: [] }, null, 2)}\n`);
    io.stderr(`s2s-wizard: ${loaded.error.message}\n`);
    return exitCodes.usage;
  }
  const project = loaded.value;
  const findings = validateProject(project);
  if (json) {
    io.stdout(`${JSON.stringify({ project: file, resolved: resolveEndpoints(project), findings }, null, 2)}\n`);
  } else {
    io.stdout(`Project ${file}\n${formatFindings(findings)}`);
  }
  // A project whose own values are wrong is an invalid project file (exit 2), not a finding about the servers.
  const invalid = findings.find((f) => f.id.startsWith('project.') && f.severity === 'error');
  if (invalid) {
    io.stderr(`s2s-wizard: ${file}: ${invalid.subject ?? 'project'}: ${invalid.detail}\n`);
    return exitCodes.usage;
  }
  return hasErrors(findings) ? exitCodes.findings : exitCodes.ok;
}
