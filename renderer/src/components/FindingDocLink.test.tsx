// @vitest-environment jsdom
/** A finding's documentation link to a Microsoft documentation file on GitHub: its title, what it opens, in both languages. */
import { screen, within } from '@testing-library/react';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preferencesStore } from '../preferences/preferences-store';
import { installRealBackend } from '../test-support/real-backend';
import { fillSeedExample, renderApp } from '../test-support/render-app';

afterEach(() => {
  preferencesStore.getState().setLanguage('en');
  localStorage.clear();
});

const page = 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/blob/ba91f1bb/Skype/SfbServer/deploy/integrate-with-exchange-server/configure-partner-applications.md';

describe('the documentation link of a finding whose page is on GitHub', () => {
  it('names the page by its title, says it is Microsoft’s documentation source on GitHub, and opens it in the browser', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Verify' }));
    const output = await readFile(join(process.cwd(), 'tests/fixtures/diagnose/diag.oauth-401/verbose-no-lync-issuer.txt'), 'utf8');
    await user.click(screen.getByLabelText('Console output of the test'));
    await user.paste(output);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    const cause = (await screen.findByTestId('diagnosis')).querySelector('[data-finding-id="diag.oauth-401"]') as HTMLElement;

    const title = 'Configure partner applications in Skype for Business Server and Exchange Server';
    const link = await within(cause).findByRole('link', { name: `Microsoft documentation: ${title}` });
    expect(link).toHaveTextContent('Microsoft documentation');
    expect(link).toHaveAttribute('href', page);
    expect(link).toHaveAttribute('title', `Opens “${title}” in your browser, from Microsoft’s documentation source on GitHub as of the version this tool was checked against: ${page}`);
    await user.click(link);
    await vi.waitFor(() => expect(backend.openedExternally).toEqual([page]));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    const korean = await within(cause).findByRole('link', { name: 'Microsoft 설명서: Skype for Business Server 및 Exchange Server에서 파트너 응용 프로그램 구성' });
    expect(korean).toHaveAttribute('title', expect.stringMatching(/^브라우저에서 “Skype for Business Server 및 Exchange Server에서 파트너 응용 프로그램 구성”을\(를\) 엽니다\. .*GitHub.*: https:\/\/github\.com\//));
    expect(korean).toHaveAttribute('href', page);
  });
});
