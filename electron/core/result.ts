/** The one result shape used across core, IPC and the CLI. Errors are data, never thrown across a boundary. */
export interface AppError {
  /** Stable, dotted code, e.g. `project.not-json`, `ipc.untrusted-sender`. */
  code: string;
  /** One line a person can act on: names the field or file and what would be valid. */
  message: string;
  /** The field (dotted path) or file the error is about, when there is one. */
  subject?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: string, message: string, subject?: string): Result<T> {
  return { ok: false, error: subject === undefined ? { code, message } : { code, message, subject } };
}
