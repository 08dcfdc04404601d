import { intlLocale } from './preferences-store';
import { languageFromLocales } from './languages';

describe('the first language, from the OS locales', () => {
  it.each([
    [['ko-KR', 'en-US'], 'ko'],
    [['ko'], 'ko'],
    [['en-GB', 'ko-KR'], 'en'],
    [['fr-FR', 'ko-KR'], 'ko'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j gives %s', (locales, language) => {
    expect(languageFromLocales(locales)).toBe(language);
  });

  it('formats with the OS variant of the chosen language when there is one', () => {
    expect(intlLocale('en', ['ko-KR', 'en-GB'])).toBe('en-GB');
    expect(intlLocale('ko', ['ko-KR', 'en-GB'])).toBe('ko-KR');
    expect(intlLocale('ko', ['en-US'])).toBe('ko');
  });
});
