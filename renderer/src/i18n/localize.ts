/**
 * Text that core wrote (findings, script titles and block summaries, errors) in the language the UI speaks now. Core sends
 * each text twice: rendered in English, and as a message (a key and its values). English shows core's text as it
 * is, the same as the CLI and the report; another language renders the message from its own templates. Values
 * (commands, names, URLs) go in unchanged; numbers and dates are written the locale's way.
 */
import type { Finding, FindingId } from '../../../electron/core/findings';
import type { Message, MessageValue } from '../../../electron/core/messages';
import type { AppError } from '../../../electron/core/result';
import type { Language } from '../preferences/languages';
import { intlLocale, preferencesStore } from '../preferences/preferences-store';
import { formatDateTime } from './index';
import { errorMessages } from './ko/errors';
import { findingMessages, findingTitles } from './ko/findings';
import { scriptTexts } from './ko/script-texts';

interface CoreTextCatalogue {
  titles: Readonly<Record<FindingId, string>>;
  templates: Readonly<Record<string, string>>;
}

/** Every language but English, which core itself writes. */
const catalogues: Record<Exclude<Language, 'en'>, CoreTextCatalogue> = {
  ko: { titles: findingTitles, templates: { ...findingTitles, ...findingMessages, ...scriptTexts, ...errorMessages } },
};

const placeholder = /\{(\w+)\}/g;

/** A calendar date (YYYY-MM-DD) the locale's way; it is a UTC date, so it is written in UTC. */
function formatDay(day: string, locale: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * The same rendering as core's (electron/core/messages.ts), which the renderer may not import at run time: a key
 * the catalogue lacks shows as the key, a placeholder without a value stays visible.
 */
function render(message: Message, templates: Readonly<Record<string, string>>, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const params = message.params ?? {};
  const value = (item: MessageValue): string => {
    if (typeof item === 'string') return item;
    if (typeof item === 'number') return numbers.format(item);
    if ('key' in item) return render(item, templates, locale);
    if ('list' in item) return item.list.map(value).join(value(item.separator));
    return 'day' in item ? formatDay(item.day, locale) : formatDateTime(item.instant);
  };
  return (templates[message.key] ?? message.key).replace(placeholder, (whole, name: string) => {
    const given = Object.hasOwn(params, name) ? params[name] : undefined;
    return given === undefined ? whole : value(given);
  });
}

function catalogueNow(): [CoreTextCatalogue, string] | null {
  const language = preferencesStore.getState().language;
  return language === 'en' ? null : [catalogues[language], intlLocale(language)];
}

/** `message` in the current language; `english` is core's rendering of it. */
export function localizeMessage(message: Message, english: string): string {
  const now = catalogueNow();
  return now === null ? english : render(message, now[0].templates, now[1]);
}

export interface LocalizedFinding {
  title: string;
  detail: string;
  fix?: string;
}

/** A finding's title, detail and fix in the current language. */
export function localizeFinding(finding: Finding): LocalizedFinding {
  const now = catalogueNow();
  if (now === null) return { title: finding.title, detail: finding.detail, ...(finding.fix === undefined ? {} : { fix: finding.fix }) };
  const [catalogue, locale] = now;
  const { detail, fix } = finding.text;
  return {
    title: catalogue.titles[finding.id],
    detail: render(detail, catalogue.templates, locale),
    ...(fix === undefined ? {} : { fix: render(fix, catalogue.templates, locale) }),
  };
}

/**
 * An error from main in the current language. An error with a message (`text`) renders it; one without (a CLI-only
 * error, or one the renderer made itself) shows its English as it is.
 */
export function localizeError(error: AppError): string {
  return error.text === undefined ? error.message : localizeMessage(error.text, error.message);
}
