/** Every CLI command by name, in the order `--help` lists them. */
import { checkCommand } from './check.js';
import { checkMetadataCommand } from './check-metadata.js';
import type { CliCommand } from './command.js';
import { diagnoseCommand } from './diagnose.js';
import { fetchMetadataCommand } from './fetch-metadata.js';
import { generateCommand } from './generate.js';
import { inspectCertCommand } from './inspect-cert.js';

export const commands: Record<string, CliCommand> = {
  check: checkCommand,
  'inspect-cert': inspectCertCommand,
  'check-metadata': checkMetadataCommand,
  'fetch-metadata': fetchMetadataCommand,
  generate: generateCommand,
  diagnose: diagnoseCommand,
};
