import { msg } from './message-catalogue.js';
import type { Message } from './messages.js';

/** Why reading or writing a file failed, in words the user reads: the common cases by their code, else the system's text. */
export function readReason(error: unknown): Message {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return msg('error.reason.missing');
  if (code === 'EACCES' || code === 'EPERM') return msg('error.reason.denied');
  if (code === 'EISDIR') return msg('error.reason.folder');
  return msg('error.reason.other', { error: (error as Error).message });
}
