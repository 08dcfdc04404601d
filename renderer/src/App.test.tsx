// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { preferencesStore } from './preferences/preferences-store';
import { App } from './App';
import { installRealBackend } from './test-support/real-backend';
import { fillSeedExample, renderApp, seedExample } from './test-support/render-app';

const poolLabel = 'Lync / Skype for Business pool FQDN';

describe('App', () => {
  it('saves the project to the file picked in the Save dialog', async () => {
    const backend = await installRealBackend();
    const file = backend.pathOf('litware.s2s.json');
    backend.dialogs.save = file;
    const { user } = await renderApp();
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();

    await fillSeedExample(user);
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    // The status region is always there (a live region), so wait for its text rather than for the region.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`Saved to ${file}`));
    expect(screen.getByText('litware.s2s.json')).toBeInTheDocument();
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
    // The confirmation follows a language switch rather than staying in the language it was made in.
    act(() => preferencesStore.getState().setLanguage('ko'));
    expect(screen.getByRole('status')).toHaveTextContent(`${file}에 저장했습니다.`);
    act(() => preferencesStore.getState().setLanguage('en'));
    expect(await backend.readJson(file)).toMatchObject({
      schemaVersion: 1,
      sipDomain: seedExample.sipDomain,
      realm: null,
      lyncPoolFqdn: seedExample.lyncPoolFqdn,
      exchangeAutodiscoverFqdn: seedExample.exchangeAutodiscoverFqdn,
      exchangeServers: [seedExample.exchangeServer],
      testUserSipUri: seedExample.testUserSipUri,
      lyncMetadataUrl: null,
      exchangeMetadataUrl: null,
    });
  });

  it('shows why a broken project file cannot be opened, and keeps the current project', async () => {
    const backend = await installRealBackend();
    const broken = backend.pathOf('broken.s2s.json');
    await backend.writeText(broken, '{ "schemaVersion": 1, "sipDomain": "litwareinc.com", ');
    backend.dialogs.open = broken;
    const { user } = await renderApp();
    await user.type(screen.getByLabelText(poolLabel), seedExample.lyncPoolFqdn);

    await user.click(screen.getByRole('button', { name: 'Open…' }));

    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(`${broken} is not valid JSON`));
    expect(screen.getByLabelText(poolLabel)).toHaveValue(seedExample.lyncPoolFqdn);
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows a real error of the backend in Korean, the file and the project field unchanged, and follows a language switch', async () => {
    const backend = await installRealBackend();
    const wrong = backend.pathOf('wrong-type.s2s.json');
    await backend.writeText(wrong, JSON.stringify({ schemaVersion: 1, sipDomain: 42 }));
    backend.dialogs.open = wrong;
    const { user } = await renderApp();
    act(() => preferencesStore.getState().setLanguage('ko'));
    try {
      await user.click(screen.getByRole('button', { name: '열기…' }));

      await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(`${wrong}: sipDomain 값이 올바르지 않습니다(`));
    } finally {
      act(() => preferencesStore.getState().setLanguage('en'));
    }
    expect(screen.getByRole('alert')).toHaveTextContent(`${wrong}: sipDomain `);
    expect(screen.getByRole('alert')).not.toHaveTextContent('올바르지');
  });

  it('opens a project file, replacing the project and the file name', async () => {
    const backend = await installRealBackend();
    const file = backend.pathOf('contoso.s2s.json');
    await backend.writeText(file, JSON.stringify({ schemaVersion: 1, sipDomain: 'contoso.com', lyncPoolFqdn: 'pool.contoso.com' }));
    const { user } = await renderApp();
    await user.type(screen.getByLabelText('SIP domain'), seedExample.sipDomain);

    backend.dialogs.open = null;
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    expect(screen.getByLabelText('SIP domain')).toHaveValue(seedExample.sipDomain);

    backend.dialogs.open = file;
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    expect(await screen.findByText('contoso.s2s.json')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(`Opened ${file}`);
    expect(screen.getByLabelText('SIP domain')).toHaveValue('contoso.com');
    expect(screen.getByLabelText(poolLabel)).toHaveValue('pool.contoso.com');
  });

  it('keeps the work across a reload through the autosave, offered on start', async () => {
    const backend = await installRealBackend();
    const first = await renderApp();
    await first.user.type(screen.getByLabelText(poolLabel), seedExample.lyncPoolFqdn);
    await waitFor(async () => expect(await backend.readJson(backend.autosaveFile)).toMatchObject({ project: { lyncPoolFqdn: seedExample.lyncPoolFqdn } }));
    first.unmount();

    render(<App />);
    await first.user.click(await screen.findByRole('button', { name: 'Restore' }));

    await waitFor(() => expect(screen.getByLabelText(poolLabel)).toHaveValue(seedExample.lyncPoolFqdn));
  });

  it('reports a damaged autosave and starts with a new project', async () => {
    const backend = await installRealBackend();
    await backend.writeText(backend.autosaveFile, '{ "project": ');

    await renderApp();

    expect(screen.getByRole('alert')).toHaveTextContent('The autosaved work could not be restored');
    expect(screen.getByLabelText(poolLabel)).toHaveValue('');
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();
  });
});
