import { t } from '../i18n';
import { languages, type Language } from '../preferences/languages';
import { themeChoices, usePreferences, type ThemeChoice } from '../preferences/preferences-store';

/** Each language named in itself, so a user who cannot read the current one still finds theirs. */
const languageNames: Record<Language, string> = { en: 'English', ko: '한국어' };

/** The theme (System / Light / Dark) and language switches in the header; both are remembered. */
export function PreferenceSwitches() {
  const theme = usePreferences((state) => state.theme);
  const language = usePreferences((state) => state.language);
  const setTheme = usePreferences((state) => state.setTheme);
  const setLanguage = usePreferences((state) => state.setLanguage);
  return (
    <div className="preferences" role="group" aria-label={t('preferences.label')}>
      <label>
        {t('preferences.theme')}
        <select value={theme} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
          {themeChoices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`preferences.theme.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('preferences.language')}
        <select value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
