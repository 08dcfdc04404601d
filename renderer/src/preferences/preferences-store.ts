/**
 * The user's display preferences, kept across runs in localStorage and shared by every window of the renderer:
 * the theme (System follows the OS through CSS color-scheme) and the language (first choice from the OS locale).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { isLanguage, languageFromLocales, type Language } from './languages';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

const themeKey = 's2s-wizard.theme';
const languageKey = 's2s-wizard.language';

function isThemeChoice(value: unknown): value is ThemeChoice {
  return themeChoices.includes(value as ThemeChoice);
}

/** localStorage can be missing (Node) or refuse access (storage disabled): preferences then last for the run. */
function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not remembered; the choice still applies now.
  }
}

function osLocales(): readonly string[] {
  return globalThis.navigator?.languages ?? [];
}

/** Puts the choices on <html>: data-theme (absent for System) and lang. */
function applyToDocument(theme: ThemeChoice, language: Language): void {
  if (typeof document === 'undefined') return;
  const root = document.documentElement;
  if (theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  root.lang = language;
}

export interface PreferencesState {
  theme: ThemeChoice;
  language: Language;
  setTheme(theme: ThemeChoice): void;
  setLanguage(language: Language): void;
}

function initialTheme(): ThemeChoice {
  const stored = readStored(themeKey);
  return isThemeChoice(stored) ? stored : 'system';
}

function initialLanguage(): Language {
  const stored = readStored(languageKey);
  return isLanguage(stored) ? stored : languageFromLocales(osLocales());
}

export const preferencesStore = createStore<PreferencesState>()((set, get) => ({
  theme: initialTheme(),
  language: initialLanguage(),
  setTheme: (theme) => {
    writeStored(themeKey, theme);
    set({ theme });
    applyToDocument(theme, get().language);
  },
  setLanguage: (language) => {
    writeStored(languageKey, language);
    set({ language });
    applyToDocument(get().theme, language);
  },
}));

applyToDocument(preferencesStore.getState().theme, preferencesStore.getState().language);

export function usePreferences<T>(selector: (state: PreferencesState) => T): T {
  return useStore(preferencesStore, selector);
}

/** The BCP 47 tag for Intl: the OS's own variant of the chosen language (en-GB, ko-KR) when it has one. */
export function intlLocale(language: Language, locales: readonly string[] = osLocales()): string {
  return locales.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}
