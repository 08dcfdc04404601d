import { preferencesStore } from '../preferences/preferences-store';
import { formatDate, formatDateTime, formatTime, t } from './index';

describe('t', () => {
  afterEach(() => preferencesStore.getState().setLanguage('en'));

  it('returns the English message', () => {
    expect(t('toolbar.untitled')).toBe('Unsaved project');
  });

  it('fills in named parameters and leaves unknown ones visible', () => {
    expect(t('status.saved', { path: 'C:\\s2s\\litware.s2s.json' })).toBe('Saved to C:\\s2s\\litware.s2s.json');
    expect(t('status.saved')).toBe('Saved to {path}');
  });

  it('speaks Korean once the language is switched, with the same parameters', () => {
    preferencesStore.getState().setLanguage('ko');
    expect(t('toolbar.untitled')).toBe('저장하지 않은 프로젝트');
    expect(t('status.saved', { path: 'C:\\s2s\\litware.s2s.json' })).toBe('C:\\s2s\\litware.s2s.json에 저장했습니다.');
    expect(t('field.exchangeServers.row', { n: 2 })).toBe('Exchange 서버 2');
  });

  it('writes numbers the locale’s way', () => {
    expect(t('scripts.exported', { count: 12345, location: 'D:\\bundle' })).toBe('Exported 12,345 files to D:\\bundle');
    preferencesStore.getState().setLanguage('ko');
    expect(t('scripts.exported', { count: 12345, location: 'D:\\bundle' })).toBe('파일 12,345개를 D:\\bundle(으)로 내보냈습니다.');
  });
});

describe('dates', () => {
  afterEach(() => preferencesStore.getState().setLanguage('en'));
  // 14:07:09 on 5 March 2026 in the machine's own time zone, whatever it is.
  const instant = new Date(2026, 2, 5, 14, 7, 9).toISOString();

  it('are written the way the chosen language writes them', () => {
    const english = formatDateTime(instant);
    preferencesStore.getState().setLanguage('ko');
    const korean = formatDateTime(instant);
    const koreanTime = formatTime(instant);
    preferencesStore.getState().setLanguage('en');
    expect(english).toMatch(/Mar.*2026/);
    expect(korean).toMatch(/^2026\. 3\. 5\. /);
    // Korean puts the day period before the time; ICU's data names it 오후 or PM depending on its version.
    expect(koreanTime).toMatch(/^\S+ 2:07:09$/);
    expect(formatTime(instant)).toMatch(/^2:07:09\sPM$/);
  });

  it('write a day alone (a certificate’s expiry) the same way, without the time', () => {
    expect(formatDate(instant)).toMatch(/^Mar 5, 2026$/);
    preferencesStore.getState().setLanguage('ko');
    expect(formatDate(instant)).toBe('2026. 3. 5.');
  });

  it('show a value that is not a date as written', () => {
    expect(formatDateTime('last Tuesday')).toBe('last Tuesday');
  });
});
