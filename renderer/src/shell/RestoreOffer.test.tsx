// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import type { Project } from '../../../electron/core/model/project';
import { App } from '../App';
import { preferencesStore } from '../preferences/preferences-store';
import { installRealBackend, type TestBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

const poolLabel = 'Lync / Skype for Business pool FQDN';

/** A saved project, then work on it the autosave holds: what a restart finds. */
async function workOnSavedFile(backend: TestBackend, changes: Partial<Project>) {
  const file = backend.pathOf('litware.s2s.json');
  const created = await backend.api.newProject();
  const project = { ...(created.ok ? created.value.project : ({} as Project)), sipDomain: 'litwareinc.com', lyncPoolFqdn: 'atl-cs-001.litwareinc.com' };
  backend.dialogs.save = file;
  await backend.api.saveProject(project, 'save');
  await backend.api.writeAutosave({ ...project, ...changes });
  return { file, autosaveText: await readFile(backend.autosaveFile, 'utf8') };
}

function savedAtOf(autosaveText: string): Date {
  return new Date((JSON.parse(autosaveText) as { savedAt: string }).savedAt);
}

const medium = { dateStyle: 'medium', timeStyle: 'medium' } as const;

afterEach(() => preferencesStore.getState().setLanguage('en'));

describe('RestoreOffer', () => {
  it('offers nothing when there is no autosave: a new project starts', async () => {
    await installRealBackend();
    await renderApp();
    expect(screen.queryByRole('heading', { name: 'Restore your last project?' })).not.toBeInTheDocument();
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();
  });

  it('offers the last project by file and autosave time, focused on Restore; Enter restores it, with its unsaved changes', async () => {
    const backend = await installRealBackend();
    const { file, autosaveText } = await workOnSavedFile(backend, { realm: 'litwareinc.com' });
    const user = userEvent.setup();
    render(<App />);

    const offer = await screen.findByRole('region', { name: 'Restore your last project?' });
    expect(offer).toHaveTextContent(`Your last project is litware.s2s.json (${file}).`);
    expect(offer).toHaveTextContent(`Autosaved ${new Intl.DateTimeFormat('en', medium).format(savedAtOf(autosaveText))}.`);
    const restore = screen.getByRole('button', { name: 'Restore' });
    expect(restore).toHaveFocus();
    expect(restore).toHaveAccessibleDescription(expect.stringContaining('Restore your last project? Your last project is litware.s2s.json'));
    expect(screen.queryByLabelText('SIP domain')).not.toBeInTheDocument();

    await user.keyboard('{Enter}');

    expect(await screen.findByLabelText('OAuth realm')).toHaveValue('litwareinc.com');
    expect(screen.getByLabelText(poolLabel)).toHaveValue('atl-cs-001.litwareinc.com');
    expect(screen.getByText('litware.s2s.json')).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Restore your last project?' })).not.toBeInTheDocument();
    await waitFor(() => expect(backend.unsavedWork).toMatchObject({ project: { realm: 'litwareinc.com' }, path: file }));
  });

  it('restores work identical to its file without unsaved changes', async () => {
    const backend = await installRealBackend();
    await workOnSavedFile(backend, {});
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Restore' }));
    expect(await screen.findByLabelText('SIP domain')).toHaveValue('litwareinc.com');
    expect(screen.queryByText('Unsaved changes')).not.toBeInTheDocument();
  });

  it('names a project never saved by its SIP domain; restored, it is unsaved work', async () => {
    const backend = await installRealBackend();
    const created = await backend.api.newProject();
    if (!created.ok) throw new Error(created.error.message);
    await backend.api.writeAutosave({ ...created.value.project, sipDomain: 'contoso.com' });
    const user = userEvent.setup();
    render(<App />);

    expect(await screen.findByRole('region', { name: 'Restore your last project?' })).toHaveTextContent('Your last project (contoso.com) was never saved to a file.');
    await user.click(screen.getByRole('button', { name: 'Restore' }));
    expect(await screen.findByLabelText('SIP domain')).toHaveValue('contoso.com');
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
  });

  it('Start new keeps the autosave as it was until the user changes something', async () => {
    const backend = await installRealBackend();
    const { autosaveText } = await workOnSavedFile(backend, { realm: 'litwareinc.com' });
    const user = userEvent.setup();
    render(<App />);
    await user.click(await screen.findByRole('button', { name: 'Start new' }));

    expect(await screen.findByLabelText('SIP domain')).toHaveValue('');
    expect(screen.getByText('Unsaved project')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    // Well past the autosave's half-second debounce: nothing was written over the declined work.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(await readFile(backend.autosaveFile, 'utf8')).toBe(autosaveText);

    await user.type(screen.getByLabelText('SIP domain'), 'fabrikam.com');
    await waitFor(async () => expect(await backend.readJson(backend.autosaveFile)).toMatchObject({ path: null, project: { sipDomain: 'fabrikam.com' } }));
  });

  it('speaks Korean, with the date written the Korean way', async () => {
    preferencesStore.getState().setLanguage('ko');
    const backend = await installRealBackend();
    const { file, autosaveText } = await workOnSavedFile(backend, { realm: 'litwareinc.com' });
    render(<App />);

    const offer = await screen.findByRole('region', { name: '마지막 프로젝트를 복원하시겠습니까?' });
    expect(offer).toHaveTextContent(`마지막 프로젝트는 litware.s2s.json(${file})입니다.`);
    expect(offer).toHaveTextContent(`자동 저장 시간: ${new Intl.DateTimeFormat('ko', medium).format(savedAtOf(autosaveText))}`);
    expect(screen.getByRole('button', { name: '복원' })).toHaveFocus();
    expect(screen.getByRole('button', { name: '새로 시작' })).toBeInTheDocument();
  });
});
