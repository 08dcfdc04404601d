// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { preferencesStore } from '../preferences/preferences-store';
import { installRealBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

afterEach(() => {
  preferencesStore.getState().setLanguage('en');
  preferencesStore.getState().setTheme('system');
  localStorage.clear();
});

describe('the theme switch', () => {
  it('follows the OS until a theme is chosen, then sets it on <html> and remembers it', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const theme = screen.getByRole('combobox', { name: 'Theme' });
    expect(theme).toHaveValue('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');

    await user.selectOptions(theme, 'Dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('s2s-wizard.theme')).toBe('dark');

    await user.selectOptions(theme, 'System');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    expect(localStorage.getItem('s2s-wizard.theme')).toBe('system');
  });
});

describe('the language switch', () => {
  it('turns the whole window Korean at once, keeps the values typed, sets <html lang> and remembers it', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');

    expect(document.documentElement.lang).toBe('ko');
    expect(localStorage.getItem('s2s-wizard.language')).toBe('ko');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('토폴로지');
    expect(screen.getByLabelText('SIP 도메인')).toHaveValue('litwareinc.com');
    const rail = screen.getByRole('navigation', { name: '마법사 단계' });
    expect(within(rail).getByRole('button', { name: '확인' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '다음 단계' })).toBeInTheDocument();
    expect(screen.queryByText('Topology')).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'English');
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Topology');
  });
});
