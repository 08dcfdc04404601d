/** Argument parsing: strict (an unknown option is a usage error), one place for the options every command takes. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io.js';

export interface CommonOptions {
  json: boolean;
  /** The clock for reproducible checks (`--now`). */
  now: Date | null;
}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

const common: OptionSpec = {
  json: { type: 'boolean' },
  now: { type: 'string' },
};

export function parseNow(value: string | undefined): Date | null {
  if (value === undefined) return null;
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--now must be an ISO-8601 date or time, e.g. 2026-11-26 or 2026-11-26T09:00:00Z (got '${value}')`);
  }
  return new Date(value);
}

export interface Parsed {
  positionals: string[];
  values: Record<string, string | boolean | string[] | undefined>;
  common: CommonOptions;
}

/** Parses one command's arguments; `expected` names its positionals for the error messages. */
export function parseCommand(command: string, args: string[], options: OptionSpec, expected: string[]): Parsed {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { ...common, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(`${command}: ${(e as Error).message.replace(/\. To specify a positional argument.*$/s, '')}`);
  }
  if (parsed.positionals.length < expected.length) throw new UsageError(`${command}: missing ${expected[parsed.positionals.length]}`);
  if (parsed.positionals.length > expected.length) throw new UsageError(`${command}: unexpected argument '${parsed.positionals[expected.length]}'`);
  const values = parsed.values as Parsed['values'];
  return { positionals: parsed.positionals, values, common: { json: values.json === true, now: parseNow(values.now as string | undefined) } };
}
