// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import { preferencesStore } from '../preferences/preferences-store';
import { installRealBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

afterEach(() => preferencesStore.getState().setLanguage('en'));

describe('dirty tracking, as main hears it (session:report-unsaved)', () => {
  it('a new project is unsaved once it has content, and saved again when the content is gone', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    expect(backend.unsavedWork.project).toBeNull();

    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');
    await waitFor(() => expect(backend.unsavedWork).toMatchObject({ project: { sipDomain: 'litwareinc.com' }, path: null, language: 'en' }));
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('SIP domain'));
    await waitFor(() => expect(backend.unsavedWork.project).toBeNull());
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });

  it('compares with what the file holds: saved is clean, a change is unsaved, changing it back is clean again', async () => {
    const backend = await installRealBackend();
    const file = backend.pathOf('litware.s2s.json');
    const { user } = await renderApp();
    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');
    backend.dialogs.save = file;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(`Saved to ${file}`);
    await waitFor(() => expect(backend.unsavedWork.project).toBeNull());

    await user.type(screen.getByLabelText('OAuth realm'), 'x');
    await waitFor(() => expect(backend.unsavedWork).toMatchObject({ project: { realm: 'x' }, path: file }));
    await user.clear(screen.getByLabelText('OAuth realm'));
    await waitFor(() => expect(backend.unsavedWork.project).toBeNull());
  });

  it('reports the language the wizard shows, for the words of the close prompt', async () => {
    const backend = await installRealBackend();
    await renderApp();
    preferencesStore.getState().setLanguage('ko');
    await waitFor(() => expect(backend.unsavedWork.language).toBe('ko'));
  });
});
