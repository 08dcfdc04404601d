/** Every CLI command by name, in the order `--help` lists them. */
import { checkCommand } from './check.js';
import type { CliCommand } from './command.js';

export const commands: Record<string, CliCommand> = {
  check: checkCommand,
};
