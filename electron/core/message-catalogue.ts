/**
 * The English templates of every message core raises: each area keeps its own beside its finding titles (or, for
 * the generated scripts, beside their blocks) and this is the one catalogue they form. The UI's catalogues for
 * other languages are typed against these keys, and their tests compare the placeholders with these templates.
 */
import { certMessages } from './certs/cert-findings.js';
import { diagnoseMessages } from './diagnose/diagnose-findings.js';
import { errorMessages } from './error-messages.js';
import { metadataMessages } from './metadata/metadata-findings.js';
import { renderMessage, type Message, type MessageValue, type PlaceholderNames, type ValueFormats } from './messages.js';
import { projectFindings, projectMessages } from './model/project-findings.js';
import { scriptFindingMessages } from './powershell/script-findings.js';
import { scriptTextMessages } from './powershell/script-texts.js';
import { stateMessages } from './state/state-findings.js';

/** The details and fixes of findings, and the pieces they are made of (reasons, role names). */
export const findingMessages = {
  ...projectMessages,
  ...certMessages,
  ...metadataMessages,
  ...scriptFindingMessages,
  ...diagnoseMessages,
  ...stateMessages,
} as const satisfies Record<string, string>;

/** The titles of the generated scripts and the one line that says what each block does. */
export { scriptTextMessages };

/** The errors a wizard user can meet (an AppError's `text`). */
export { errorMessages };

/**
 * The titles of the project's findings, for an error that names the finding a field fails (a bundle refused for
 * an invalid project): the finding id is the key, as in the UI's titles.
 */
const projectFindingTitles: Readonly<Record<string, string>> = projectFindings;

const englishMessages = { ...findingMessages, ...scriptTextMessages, ...errorMessages } as const satisfies Record<string, string>;
const renderedMessages: Readonly<Record<string, string>> = { ...projectFindingTitles, ...englishMessages };

export type FindingMessageKey = keyof typeof findingMessages;
export type ScriptTextKey = keyof typeof scriptTextMessages;
export type ErrorMessageKey = keyof typeof errorMessages;
export type MessageKey = keyof typeof englishMessages;

type Placeholders<K extends MessageKey> = PlaceholderNames<(typeof englishMessages)[K]>;

/** A message whose values match its template's placeholders, checked by the compiler. */
export function msg<K extends MessageKey>(
  key: K,
  ...params: [Placeholders<K>] extends [never] ? [] : [{ readonly [N in Placeholders<K>]: MessageValue }]
): Message {
  const [values] = params;
  return values === undefined ? { key } : { key, params: values };
}

/** English writes values as core always has: numbers plainly, dates in their ISO form. */
const englishFormats: ValueFormats = { number: String, day: (day) => day, instant: (instant) => instant };

export function english(message: Message): string {
  return renderMessage(message, renderedMessages, englishFormats);
}
