/** The `s2s-wizard` command: dispatches to a command and maps every outcome to design.md §3's exit codes. */
import { commands } from './commands/index.js';
import { exitCodes, UsageError, type CliIo, type ExitCode } from './io.js';
import { parseCommand } from './parse-args.js';

export function helpText(version: string): string {
  return [
    `s2s-wizard ${version}: server-to-server OAuth between Lync/Skype for Business Server and Exchange Server`,
    '',
    'Usage: s2s-wizard <command> [options]',
    '',
    'Commands:',
    ...Object.values(commands).flatMap((c) => [`  ${c.usage}`, `      ${c.summary}`]),
    '',
    'Every command takes --json (one JSON object on stdout) and --now <ISO-8601> (the clock).',
    'Exit codes: 0 no error finding; 1 at least one error finding; 2 usage error, unreadable input or invalid project.',
    '',
    '  s2s-wizard --help | --version',
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo, version: string): Promise<ExitCode> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(helpText(version));
      return name === undefined ? exitCodes.usage : exitCodes.ok;
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`${version}\n`);
      return exitCodes.ok;
    }
    const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
    if (!command) throw new UsageError(`unknown command '${name}'; run s2s-wizard --help for the list`);
    const parsed = parseCommand(name, rest, command.options, command.positionals);
    const now = parsed.common.now;
    return await command.run(parsed, now ? { ...io, now: () => now } : io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`s2s-wizard: ${e.message}\n`);
      return exitCodes.usage;
    }
    throw e;
  }
}
