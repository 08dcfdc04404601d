/** Runs the real CLI in-process with a network that reaches only 127.0.0.1 (the test's own host names). */
import type { LookupFunction } from 'node:net';
import { runCli } from '../../electron/cli/run-cli.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCliInProcess(argv: string[], options: { cwd: string; lookup: LookupFunction; env?: Record<string, string> }): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: options.env ?? {}, cwd: options.cwd, now: () => new Date(), network: { lookup: options.lookup } },
    'test',
  );
  return { code, stdout, stderr };
}
