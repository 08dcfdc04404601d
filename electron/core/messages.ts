/**
 * Text the user reads, kept as a message: a key of a catalogue of templates and the values for its `{name}`
 * placeholders. Core renders the English (CLI, report, generated scripts, tests); the UI renders the same message
 * in the user's language from its own catalogue. Commands, names, URLs and anything else that must stay as it is
 * enter as values, never as part of a template, so no translation can change them.
 */

/** A calendar date, YYYY-MM-DD: the UI writes it the locale's way. */
export interface DayValue {
  day: string;
}

/** An ISO 8601 instant: the UI writes it the locale's way. */
export interface InstantValue {
  instant: string;
}

/** Values written one after the other with a separator between them (`'; '`, or a message such as " or "). */
export interface ListValue {
  list: readonly MessageValue[];
  separator: MessageValue;
}

/** A value for a placeholder: text and numbers as they are, dates for the locale, a list, or a message of its own. */
export type MessageValue = string | number | DayValue | InstantValue | ListValue | Message;

export interface Message {
  key: string;
  params?: Readonly<Record<string, MessageValue>>;
}

/** The placeholder names of a template, at the type level: `'Use {url} on {host}'` gives `'url' | 'host'`. */
export type PlaceholderNames<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholderNames<Rest> : never;

const placeholder = /\{(\w+)\}/g;

/** The placeholder names of a template, sorted, each once. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1] ?? ''))].sort();
}

/** How a language writes the values that are not text. */
export interface ValueFormats {
  number(value: number): string;
  day(value: string): string;
  instant(value: string): string;
}


/**
 * The message in the language of `templates`. A key the catalogue lacks shows as the key and a placeholder without
 * a value stays visible, so a gap shows up on screen instead of failing.
 */
export function renderMessage(message: Message, templates: Readonly<Record<string, string>>, formats: ValueFormats): string {
  const template = templates[message.key] ?? message.key;
  const params = message.params ?? {};
  const render = (value: MessageValue): string => {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return formats.number(value);
    if ('key' in value) return renderMessage(value, templates, formats);
    if ('list' in value) return value.list.map(render).join(render(value.separator));
    return 'day' in value ? formats.day(value.day) : formats.instant(value.instant);
  };
  return template.replace(placeholder, (whole, name: string) => {
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    return value === undefined ? whole : render(value);
  });
}
