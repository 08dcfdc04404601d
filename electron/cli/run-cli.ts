/** The `s2s-wizard` command: dispatches to a command and maps every outcome to design.md §3's exit codes. */
import { checkUsage, runCheck } from './commands/check.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from './io.js';
import { parseCommand } from './parse-args.js';

export function helpText(version: string): string {
  return [
    `s2s-wizard ${version}: server-to-server OAuth between Lync/Skype for Business Server and Exchange Server`,
    '',
    'Usage: s2s-wizard <command> [options]',
    '',
    'Commands:',
    `  ${checkUsage}`,
    '      validate a project file and run its checks',
    '',
    'Every command takes --json (one JSON object on stdout) and --now <ISO-8601> (the clock).',
    'Exit codes: 0 no error finding; 1 at least one error finding; 2 usage error, unreadable input or invalid project.',
    '',
    '  s2s-wizard --help | --version',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo, version: string): Promise<ExitCode> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(helpText(version));
        return command === undefined ? exitCodes.usage : exitCodes.ok;
      case '--version':
      case '-v':
        io.stdout(`${version}\n`);
        return exitCodes.ok;
      case 'check': {
        const { positionals, common } = parseCommand('check', rest, { offline: { type: 'boolean' } }, ['the project file']);
        const clocked: CliIo = common.now ? { ...io, now: () => common.now as Date } : io;
        return await runCheck(positionals[0] as string, common, clocked);
      }
      default:
        throw new UsageError(`unknown command '${command}'; run s2s-wizard --help for the list`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`s2s-wizard: ${e.message}\n`);
      return exitCodes.usage;
    }
    throw e;
  }
}
