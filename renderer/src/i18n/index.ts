import { intlLocale, preferencesStore } from '../preferences/preferences-store';
import type { Language } from '../preferences/languages';
import { en, type MessageKey, type Messages } from './en';
import { ko } from './ko';

const catalogues: Record<Language, Messages> = { en, ko };

/** The language the UI speaks now. */
function currentLanguage(): Language {
  return preferencesStore.getState().language;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** One formatter per locale: t() runs for every string of every render. */
function numberFormat(locale: string): Intl.NumberFormat {
  let format = numberFormats.get(locale);
  if (format === undefined) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format;
}

/**
 * The message for `key` in the current language, with each `{name}` replaced by `params.name`; numbers are
 * written the locale's way (1,234 in English and Korean alike, but through Intl so the OS variant decides).
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const numbers = numberFormat(intlLocale(currentLanguage()));
  return catalogues[currentLanguage()][key].replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    if (!(name in params)) return placeholder;
    const value = params[name];
    return typeof value === 'number' ? numbers.format(value) : String(value);
  });
}

function formatInstant(iso: string, options: Intl.DateTimeFormatOptions): string {
  const instant = new Date(iso);
  // A value that is not a date (a hand-edited state file) is shown as written rather than as "Invalid Date".
  if (Number.isNaN(instant.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(currentLanguage()), options).format(instant);
}

/** A date and time (an ISO string from the backend) the way the current locale writes it. */
export function formatDateTime(iso: string): string {
  return formatInstant(iso, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** The calendar day of an ISO instant (a certificate's expiry), the way the current locale writes it. */
export function formatDate(iso: string): string {
  return formatInstant(iso, { dateStyle: 'medium' });
}

/** The time of day of an ISO instant, the way the current locale writes it. */
export function formatTime(iso: string): string {
  return formatInstant(iso, { timeStyle: 'medium' });
}
