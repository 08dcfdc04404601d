/** What a CLI command may touch, passed in so tests run the real commands in-process. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** The clock; `--now` replaces it. */
  now: () => Date;
}

export const exitCodes = { ok: 0, findings: 1, usage: 2 } as const;
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** A usage or input problem: exit 2 with one line on stderr. */
export class UsageError extends Error {}
