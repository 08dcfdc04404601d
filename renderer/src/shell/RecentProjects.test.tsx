// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { rm, writeFile } from 'node:fs/promises';
import { installRealBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

const medium = { dateStyle: 'medium', timeStyle: 'medium' } as const;

describe('RecentProjects', () => {
  it('is a button that shows and hides the list; with none yet it says where entries come from', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const button = screen.getByRole('button', { name: 'Recent projects' });
    expect(button).toHaveAttribute('aria-expanded', 'false');

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(await screen.findByText('No recent projects yet: the projects you open or save appear here.')).toBeInTheDocument();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/No recent projects yet/)).not.toBeInTheDocument();
  });

  it('lists the projects saved and opened, most recent first, and opens the one chosen', async () => {
    const backend = await installRealBackend();
    const contoso = backend.pathOf('contoso.s2s.json');
    await writeFile(contoso, JSON.stringify({ schemaVersion: 1, sipDomain: 'contoso.com' }));
    const litware = backend.pathOf('litware.s2s.json');
    const { user } = await renderApp();
    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');
    backend.dialogs.save = litware;
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(`Saved to ${litware}`);
    backend.dialogs.open = contoso;
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    await screen.findByText(`Opened ${contoso}`);

    await user.click(screen.getByRole('button', { name: 'Recent projects' }));
    const list = await screen.findByRole('list', { name: 'Recent projects, most recent first' });
    const entries = within(list).getAllByRole('button');
    expect(entries.map((entry) => entry.textContent?.split(' ')[0])).toEqual(['contoso.s2s.json', 'litware.s2s.json']);
    const listed = await backend.api.listRecentProjects();
    const openedAt = listed.ok ? (listed.value.entries[1]?.openedAt ?? '') : '';
    expect(entries[1]).toHaveAccessibleName(`litware.s2s.json ${litware} Last opened or saved ${new Intl.DateTimeFormat('en', medium).format(new Date(openedAt))}`);

    await user.click(entries[1] as HTMLElement);

    await waitFor(() => expect(screen.getByLabelText('SIP domain')).toHaveValue('litwareinc.com'));
    expect(screen.getByRole('status')).toHaveTextContent(`Opened ${litware}`);
    expect(screen.queryByRole('list', { name: 'Recent projects, most recent first' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recent projects' })).toHaveFocus();
  });

  it('shows a file that is gone as missing, and choosing it does nothing', async () => {
    const backend = await installRealBackend();
    const gone = backend.pathOf('gone.s2s.json');
    await writeFile(gone, JSON.stringify({ schemaVersion: 1, sipDomain: 'gone.example' }));
    backend.dialogs.open = gone;
    await backend.api.openProject();
    await rm(gone);
    const { user } = await renderApp();
    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');

    await user.click(screen.getByRole('button', { name: 'Recent projects' }));
    const entry = await screen.findByRole('button', { name: /^gone\.s2s\.json/ });
    expect(entry).toHaveAccessibleName(`gone.s2s.json ${gone} File not found`);
    expect(entry).toHaveAttribute('aria-disabled', 'true');
    await user.click(entry);
    expect(screen.getByLabelText('SIP domain')).toHaveValue('litwareinc.com');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('closes on Escape, giving the focus back to its button', async () => {
    const backend = await installRealBackend();
    backend.dialogs.open = backend.pathOf('a.s2s.json');
    await writeFile(backend.dialogs.open, JSON.stringify({ schemaVersion: 1 }));
    await backend.api.openProject();
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Recent projects' }));
    const entry = await screen.findByRole('button', { name: /^a\.s2s\.json/ });
    await user.tab();
    expect(entry).toHaveFocus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('button', { name: /^a\.s2s\.json/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Recent projects' })).toHaveFocus();
  });

  it('says so when a damaged list was moved aside', async () => {
    const backend = await installRealBackend();
    await writeFile(backend.recentProjectsFile, 'not a list');
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Recent projects' }));
    const panel = (await screen.findByText(/No recent projects yet/)).parentElement as HTMLElement;
    expect(within(panel).getByRole('alert')).toHaveTextContent(`it was kept as ${backend.recentProjectsFile}.damaged-`);
  });
});
