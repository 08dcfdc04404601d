/** `s2s-wizard generate <project.s2s.json> --out DIR`: writes the script bundle and runbook (design.md §3, §6). */
import * as fs from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import packageJson from '../../../package.json' with { type: 'json' };
import { hasErrors } from '../../core/findings.js';
import { loadProjectFile } from '../../core/model/project-file.js';
import { generateBundle } from '../../core/powershell/bundle.js';
import { readExchangeAuthCertificate } from '../../core/powershell/exchange-auth-input.js';
import { writeBundleToFolder } from '../../core/powershell/write-bundle.js';
import type { AppError } from '../../core/result.js';
import { formatFindings } from '../format-findings.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from '../io.js';
import { passwordVariables } from './certificates-section.js';
import type { CliCommand } from './command.js';

export const generateCommand: CliCommand = {
  usage: 'generate <project.s2s.json> --out DIR',
  summary: 'write the PowerShell bundle (collect, trust both ways, verify, rollback) and the runbook into DIR',
  options: { out: { type: 'string' } },
  positionals: ['the project file'],
  run: ({ positionals, values, common }, io) => {
    if (typeof values.out !== 'string' || values.out === '') throw new UsageError('generate: --out DIR is required (the folder the bundle is written to)');
    return runGenerate(positionals[0] as string, values.out, common.json, io);
  },
};

function refuse(file: string, error: AppError, json: boolean, io: CliIo): ExitCode {
  if (json) io.stdout(`${JSON.stringify({ project: file, error, files: [], findings: [] }, null, 2)}\n`);
  io.stderr(`s2s-wizard: ${error.message}\n`);
  return exitCodes.usage;
}

async function runGenerate(file: string, out: string, json: boolean, io: CliIo): Promise<ExitCode> {
  const path = resolve(io.cwd, file);
  const loaded = await loadProjectFile(fs, path);
  if (!loaded.ok) return refuse(file, loaded.error, json, io);
  const project = loaded.value;
  const certificate = await readExchangeAuthCertificate(project, {
    readFile: async (relative) => new Uint8Array(await fs.readFile(resolve(dirname(path), relative))),
    password: io.env[passwordVariables.exchangeAuth] ?? null,
  });
  if (!certificate.ok) return refuse(file, certificate.error, json, io);
  // Everything is generated and checked before the first byte is written: a refusal leaves DIR untouched.
  const bundle = generateBundle({ project, projectFileName: basename(path), toolVersion: packageJson.version, now: io.now(), exchangeAuthCertificate: certificate.value });
  if (!bundle.ok) return refuse(file, bundle.error, json, io);
  const folder = resolve(io.cwd, out);
  const written = await writeBundleToFolder(fs, folder, bundle.value.files);
  if (!written.ok) return refuse(file, written.error, json, io);
  const { files, findings } = bundle.value;
  if (json) {
    io.stdout(`${JSON.stringify({ project: file, out: folder, files: files.map((f) => f.path), findings }, null, 2)}\n`);
  } else {
    io.stdout(`Wrote ${files.length} files to ${folder}\n${files.map((f) => `  ${f.path.padEnd(52)} ${f.title}`).join('\n')}\n`);
    if (findings.length > 0) io.stdout(formatFindings(findings));
  }
  return hasErrors(findings) ? exitCodes.findings : exitCodes.ok;
}
