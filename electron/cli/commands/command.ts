import type { ParseArgsConfig } from 'node:util';
import type { CliIo, ExitCode } from '../io.js';
import type { Parsed } from '../parse-args.js';

/** One CLI command: its usage line, its options and positionals (parsed strictly), and what it does. */
export interface CliCommand {
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Names of the positional arguments, for "missing …" messages. */
  positionals: string[];
  run(parsed: Parsed, io: CliIo): Promise<ExitCode>;
}
