// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { readdir, readFile } from 'node:fs/promises';
import { installRealBackend, type TestBackend } from '../../test-support/real-backend';
import { fillSeedExample, renderApp } from '../../test-support/render-app';

async function openNextStep({ seed = true } = {}): Promise<{ backend: TestBackend; user: UserEvent }> {
  const backend = await installRealBackend();
  const { user } = await renderApp();
  if (seed) await fillSeedExample(user);
  await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Next' }));
  await screen.findByRole('heading', { level: 3, name: 'Optional features' });
  return { backend, user };
}

const scriptSection = (path: string) => document.querySelector(`[data-script="${path}"]`) as HTMLElement | null;
const rollbackOrder = () => [...document.querySelectorAll('[data-rollback]')].map((item) => item.getAttribute('data-rollback'));
const savedOptions = async (backend: TestBackend) => ((await backend.readJson(backend.autosaveFile)) as { project: { options: Record<string, unknown> } }).project.options;

describe('the Next step', () => {
  it('explains each optional feature beside its switch, both off for a new project', async () => {
    await openNextStep();
    const archiving = screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' });
    const contactStore = screen.getByRole('switch', { name: 'Unified contact store' });
    expect(archiving).not.toBeChecked();
    expect(contactStore).not.toBeChecked();
    expect(archiving).toHaveAccessibleDescription(/^Lync archives IM conversations into each user's Exchange mailbox/);
    const archivingFacts = document.querySelector('[data-feature="archiving"]') as HTMLElement;
    expect(archivingFacts).toHaveTextContent('What it needsExchange 2013 or later mailboxes, and server-to-server authentication first.');
    expect(archivingFacts).toHaveTextContent('needs the ArchiveApplication role');
    const storeFacts = document.querySelector('[data-feature="unifiedContactStore"]') as HTMLElement;
    expect(storeFacts).toHaveTextContent('which may take 10 minutes or more');
    expect(storeFacts).toHaveTextContent("some admins avoid it (community advice, not Microsoft's)");
    expect(scriptSection('04-enable-archiving.ps1')).toBeNull();
    expect(scriptSection('05-enable-unified-contact-store.ps1')).toBeNull();
  });

  it('turning archiving on saves the option and shows 04-enable-archiving.ps1 with a copy button; off takes it away again', async () => {
    const { backend, user } = await openNextStep();
    await user.click(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }));
    expect(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' })).toBeChecked();
    await screen.findByRole('heading', { level: 4, name: 'Archive IM transcripts into Exchange 04-enable-archiving.ps1' });
    expect(scriptSection('04-enable-archiving.ps1')?.textContent).toContain('Set-CsArchivingConfiguration -Identity global -EnableArchiving ImOnly -EnableExchangeArchiving $true');
    await waitFor(async () => expect((await savedOptions(backend)).archiving).toBe(true));

    await user.click(screen.getByRole('button', { name: 'Copy script 04-enable-archiving.ps1, the whole file' }));
    await waitFor(() => expect(backend.clipboard).toHaveLength(1));
    expect(backend.clipboard[0]).toMatch(/^# =+\n# 04-enable-archiving\.ps1: Archive IM transcripts into Exchange\n/);

    await user.click(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }));
    await waitFor(() => expect(scriptSection('04-enable-archiving.ps1')).toBeNull());
    await waitFor(async () => expect((await savedOptions(backend)).archiving).toBe(false));
  });

  it('the switches work from the keyboard: Space turns the unified contact store on and shows its script', async () => {
    const { backend, user } = await openNextStep();
    const contactStore = screen.getByRole('switch', { name: 'Unified contact store' });
    contactStore.focus();
    await user.keyboard(' ');
    expect(contactStore).toBeChecked();
    await waitFor(() => expect(scriptSection('05-enable-unified-contact-store.ps1')).not.toBeNull());
    expect(scriptSection('05-enable-unified-contact-store.ps1')?.textContent).toContain("Grant-CsUserServicesPolicy -Identity 'sip:kenmyer@litwareinc.com' -PolicyName 'AllowUnifiedContactStore'");
    await waitFor(async () => expect((await savedOptions(backend)).unifiedContactStore).toBe(true));
  });

  it('lists the rollback scripts in the order to run them, each with what it undoes, under a warning', async () => {
    const { user } = await openNextStep();
    const rollback = screen.getByRole('heading', { level: 3, name: 'Rollback' }).closest('section') as HTMLElement;
    expect(rollback).toHaveTextContent('Warning: these scripts undo the setup.');
    expect(rollback).toHaveTextContent('Run them in this order, the reverse of the forward scripts');
    await waitFor(() => expect(rollbackOrder()).toEqual(['rollback/undo-02-lync-trust-exchange.ps1', 'rollback/undo-01-exchange-trust-lync.ps1']));
    const undo01 = rollback.querySelector('[data-rollback="rollback/undo-01-exchange-trust-lync.ps1"]') as HTMLElement;
    expect(undo01).toHaveTextContent('rollback\\undo-01-exchange-trust-lync.ps1 Exchange admin, Exchange Management Shell');
    expect(undo01).toHaveTextContent('Removes the Lync partner application that 01-exchange-trust-lync.ps1 created');
    const folded = within(undo01).getByText('Show the script undo-01-exchange-trust-lync.ps1').closest('details') as HTMLDetailsElement;
    expect(folded.open).toBe(false);
    expect(scriptSection('rollback/undo-01-exchange-trust-lync.ps1')).toBeNull();
    await user.click(within(undo01).getByText('Show the script undo-01-exchange-trust-lync.ps1'));
    expect(folded.open).toBe(true);
    await waitFor(() => expect(scriptSection('rollback/undo-01-exchange-trust-lync.ps1')?.textContent).toContain('Remove-PartnerApplication -Identity $name -Confirm:$false'));

    await user.click(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }));
    await user.click(screen.getByRole('switch', { name: 'Unified contact store' }));
    await waitFor(() =>
      expect(rollbackOrder()).toEqual([
        'rollback/undo-05-enable-unified-contact-store.ps1',
        'rollback/undo-04-enable-archiving.ps1',
        'rollback/undo-02-lync-trust-exchange.ps1',
        'rollback/undo-01-exchange-trust-lync.ps1',
      ]),
    );
    expect(rollback.querySelector('[data-rollback="rollback/undo-05-enable-unified-contact-store.ps1"]')).toHaveTextContent('moves its contacts back from Exchange (Invoke-CsUcsRollback)');
  });

  it('exports the bundle with the chosen feature into a folder, then saves the report that lists what was exported', async () => {
    const { backend, user } = await openNextStep();
    await user.click(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }));
    await screen.findByRole('heading', { level: 4, name: 'Archive IM transcripts into Exchange 04-enable-archiving.ps1' });
    const folder = backend.pathOf('hand-over');
    backend.dialogs.bundleFolder = folder;
    await user.click(screen.getByRole('button', { name: 'Export to a folder…' }));
    // Queried inside its panel: the whole step, scripts included, is a large tree to search on every change.
    const exportPanel = screen.getByText('Export the bundle').closest('section') as HTMLElement;
    await within(exportPanel).findByText(`Exported 11 files to ${folder}`);
    const written = (await readdir(folder, { recursive: true })).map(String);
    expect(written).toContain('04-enable-archiving.ps1');
    expect(written).toContain('rollback/undo-04-enable-archiving.ps1');
    expect((await readFile(`${folder}/04-enable-archiving.ps1`)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const report = backend.pathOf('hand-over.html');
    backend.dialogs.report = report;
    await user.click(screen.getByRole('button', { name: 'Save report as HTML…' }));
    const reportPanel = screen.getByText('Evidence report').closest('section') as HTMLElement;
    expect(await within(reportPanel).findByText(`Report saved to ${report}`)).toBeInTheDocument();
    expect(await readFile(report, 'utf8')).toContain('04-enable-archiving.ps1');
  });

  it('names the field that stops the scripts, keeps the switches usable, and allows no export', async () => {
    const { backend, user } = await openNextStep({ seed: false });
    expect((await screen.findByText('The scripts cannot be written yet:')).closest('[role="alert"]')).toHaveTextContent(/The scripts cannot be written yet: \w+/);
    expect(screen.getByRole('button', { name: 'Export to a folder…' })).toBeDisabled();
    expect(rollbackOrder()).toEqual([]);
    await user.click(screen.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }));
    await waitFor(async () => expect((await savedOptions(backend)).archiving).toBe(true));
    expect(scriptSection('04-enable-archiving.ps1')).toBeNull();
    expect(screen.queryByText('Writing the script…')).not.toBeInTheDocument();
  });
});
