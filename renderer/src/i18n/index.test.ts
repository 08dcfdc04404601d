import { t } from './index';

describe('t', () => {
  it('returns the English message', () => {
    expect(t('toolbar.untitled')).toBe('Unsaved project');
  });

  it('fills in named parameters and leaves unknown ones visible', () => {
    expect(t('status.saved', { path: 'C:\\s2s\\litware.s2s.json' })).toBe('Saved to C:\\s2s\\litware.s2s.json');
    expect(t('status.saved')).toBe('Saved to {path}');
  });
});
