// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { readdir, readFile } from 'node:fs/promises';
import { installRealBackend } from '../../test-support/real-backend';
import { fillSeedExample, renderApp } from '../../test-support/render-app';

async function openStep(name: 'Exchange trusts Lync' | 'Lync trusts Exchange') {
  const backend = await installRealBackend();
  const view = await renderApp();
  await fillSeedExample(view.user);
  await view.user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name }));
  await screen.findByRole('heading', { level: 2, name });
  return { backend, ...view };
}

const scriptSection = (path: string) => document.querySelector(`[data-script="${path}"]`) as HTMLElement;

describe('the Exchange trusts Lync step', () => {
  it('shows 01-exchange-trust-lync.ps1 block by block, each with what it does, and copies a block and the whole file', async () => {
    const { backend, user } = await openStep('Exchange trusts Lync');
    await screen.findByRole('heading', { level: 3, name: /Exchange trusts Lync 01-exchange-trust-lync\.ps1/ });
    const section = scriptSection('01-exchange-trust-lync.ps1');
    expect(within(section).getByText(/^If there is none: runs Configure-EnterprisePartnerApplication\.ps1/)).toBeInTheDocument();
    const blocks = section.querySelectorAll('.script-block');
    expect(blocks.length).toBeGreaterThan(8);
    expect(section.querySelector('.ps-command')?.textContent).toBeTruthy();
    expect(section.textContent).toContain("-AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync");

    await user.click(within(section).getByRole('button', { name: 'Copy block 10 of 01-exchange-trust-lync.ps1' }));
    await waitFor(() => expect(backend.clipboard).toHaveLength(1));
    expect(backend.clipboard[0]).toContain('& "$exchangeScripts\\Configure-EnterprisePartnerApplication.ps1"');
    await user.click(within(section).getByRole('button', { name: 'Copy script 01-exchange-trust-lync.ps1, the whole file' }));
    await waitFor(() => expect(backend.clipboard).toHaveLength(2));
    expect(backend.clipboard[1]).toMatch(/^# =+\n# 01-exchange-trust-lync\.ps1: Exchange trusts Lync\n/);
  });

  it('adds -TrustAnySSLCertificate $true and a warning only when the option is ticked', async () => {
    const { user } = await openStep('Exchange trusts Lync');
    await screen.findByRole('heading', { level: 3, name: 'Exchange trusts Lync 01-exchange-trust-lync.ps1' });
    expect(scriptSection('01-exchange-trust-lync.ps1').textContent).not.toContain('TrustAnySSLCertificate');
    await user.click(screen.getByLabelText('Let Exchange accept any TLS certificate from the Lync pool (not recommended)'));
    await waitFor(() => expect(scriptSection('01-exchange-trust-lync.ps1').textContent).toContain('-ApplicationType Lync -TrustAnySSLCertificate $true'));
    const warning = document.querySelector('[data-finding-id="script.trust-any-certificate"]');
    expect(warning).toHaveTextContent('Warning: Exchange is told to accept any TLS certificate from the Lync pool');
  });

  it('exports the bundle to the folder the user picks', async () => {
    const { backend, user } = await openStep('Exchange trusts Lync');
    await screen.findByRole('heading', { level: 3, name: 'Exchange trusts Lync 01-exchange-trust-lync.ps1' });
    const folder = backend.pathOf('bundle');
    backend.dialogs.bundleFolder = folder;
    await user.click(screen.getByRole('button', { name: 'Export to a folder…' }));
    await screen.findByText(`Exported 9 files to ${folder}`);
    expect((await readdir(folder)).sort()).toContain('RUNBOOK.html');
    expect((await readFile(`${folder}/02-lync-trust-exchange.ps1`)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('says beside the export buttons why an export failed, and offers no Cancel for it', async () => {
    const { backend, user } = await openStep('Exchange trusts Lync');
    await screen.findByRole('heading', { level: 3, name: 'Exchange trusts Lync 01-exchange-trust-lync.ps1' });
    const file = backend.pathOf('not-a-folder');
    await backend.writeText(file, 'a file where the folder should be');
    backend.dialogs.bundleFolder = `${file}/bundle`;
    await user.click(screen.getByRole('button', { name: 'Export to a folder…' }));
    const section = screen.getByRole('region', { name: 'Export the bundle' });
    expect(await within(section).findByRole('alert')).toHaveTextContent(`Failed: Cannot write ${file}/bundle/`);
    expect(within(section).queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Export to a folder…' })).toBeEnabled();
  });
});

describe('the Lync trusts Exchange step', () => {
  it('shows 02-lync-trust-exchange.ps1, and the optional scripts once their options are ticked', async () => {
    const { user } = await openStep('Lync trusts Exchange');
    await screen.findByRole('heading', { level: 3, name: /Lync trusts Exchange 02-lync-trust-exchange\.ps1/ });
    expect(scriptSection('02-lync-trust-exchange.ps1').textContent).toContain("New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'");
    expect(scriptSection('04-enable-archiving.ps1')).toBeNull();
    await user.click(screen.getByLabelText('Archive IM transcripts into Exchange (adds 04-enable-archiving.ps1)'));
    await waitFor(() => expect(scriptSection('04-enable-archiving.ps1')).not.toBeNull());
    expect(scriptSection('03-verify.ps1').textContent).toContain('-Folder Dumpster');
  });

  it('says which field is missing when the certificate parameter set has no certificate', async () => {
    const { user } = await openStep('Lync trusts Exchange');
    await screen.findByRole('heading', { level: 3, name: 'Lync trusts Exchange 02-lync-trust-exchange.ps1' });
    await user.click(screen.getByLabelText("The Exchange Auth certificate, when the Front End cannot download Exchange's metadata"));
    const message = await screen.findByText(/^certificates\.exchangeAuth: the option "Lync trusts Exchange by" is "certificate"/, { exact: false });
    const alert = message.closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('The scripts cannot be written yet: certificates.exchangeAuth:');
    expect(scriptSection('02-lync-trust-exchange.ps1')).toBeNull();
  });
});
