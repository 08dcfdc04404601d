/** The one result shape used across core, IPC and the CLI. Errors are data, never thrown across a boundary. */
import { english } from './message-catalogue.js';
import type { Message, MessageValue } from './messages.js';

export interface AppError {
  /** Stable, dotted code, e.g. `project.not-json`, `ipc.untrusted-sender`. */
  code: string;
  /** One line a person can act on: names the field or file and what would be valid. */
  message: string;
  /** The field (dotted path) or file the error is about, when there is one. */
  subject?: string;
  /** The message `message` was rendered from, for the UI to show in the user's language (plain JSON, as all of it). */
  text?: Message;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/**
 * An error. A message (`msg(key, values)`) is rendered in English for `message` and kept as `text`; a plain string
 * is for errors only the CLI prints, which stays English by design.
 */
export function fail<T = never>(code: string, message: string | Message, subject?: string): Result<T> {
  const text = typeof message === 'string' ? {} : { text: message };
  const rendered = typeof message === 'string' ? message : english(message);
  return { ok: false, error: { code, message: rendered, ...(subject === undefined ? {} : { subject }), ...text } };
}

/** An error as a value inside another message: its message when it has one, else its English. */
export function errorValue(error: AppError): MessageValue {
  return error.text ?? error.message;
}
