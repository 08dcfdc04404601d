import type { LookupFunction } from 'node:net';
import type { HttpsRequestFunction } from '../core/net/https-client.js';

/** What a CLI command may touch, passed in so tests run the real commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock; `--now` replaces it. */
  now: () => Date;
  /** Network edges; absent means https.request and the system's DNS. Tests map their host names to 127.0.0.1. */
  network?: { request?: HttpsRequestFunction; lookup?: LookupFunction };
  /** All of standard input, for a `-` file argument. */
  readStdin?: () => Promise<Uint8Array>;
}

export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A usage or input problem: exit 2 with one line on stderr. */
export class UsageError extends Error {}
