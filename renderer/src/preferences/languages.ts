/** The languages of the user interface. Generated scripts, command text and finding ids stay English. */
export const languages = ['en', 'ko'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** The first of the OS's preferred locales (navigator.languages, best first) that the UI speaks; English otherwise. */
export function languageFromLocales(locales: readonly string[]): Language {
  for (const tag of locales) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}
