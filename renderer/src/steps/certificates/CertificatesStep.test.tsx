// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { writeFile } from 'node:fs/promises';
import { startHttpsServer, startSilentServer } from '../../../../tests/helpers/loopback-https';
import { makeCa, makeCertificate, pfxFromOpenssl, rsaKey } from '../../../../tests/helpers/test-pki';
import { installRealBackend } from '../../test-support/real-backend';
import { fillSeedExample, renderApp } from '../../test-support/render-app';

const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const oauth = makeCertificate({ issuer: root, key, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'] });
const pool = makeCertificate({ issuer: root, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'] });
const oauthTitle = 'Lync / Skype for Business OAuthTokenIssuer certificate';
const findingIds = (element: HTMLElement) => [...element.querySelectorAll('[data-finding-id]')].map((f) => f.getAttribute('data-finding-id'));

async function openCertificatesStep() {
  const backend = await installRealBackend();
  const view = await renderApp();
  await fillSeedExample(view.user);
  await view.user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Certificates' }));
  await screen.findByRole('heading', { level: 3, name: oauthTitle });
  return { backend, ...view };
}

describe('CertificatesStep', () => {
  it('opens a PFX after asking for its password, shows its facts and findings, copies a fix, and records the path', async () => {
    const { backend, user } = await openCertificatesStep();
    const pfxPath = backend.pathOf('oauth.pfx');
    await writeFile(pfxPath, pfxFromOpenssl({ certificates: [oauth, root], password: 'Pfx-Pass-1', encryption: '3des', withKey: false }));
    backend.dialogs.certificate = pfxPath;

    await user.click(screen.getByRole('button', { name: `Choose file… for the ${oauthTitle}` }));
    const card = await screen.findByRole('article', { name: 'oauth.pfx' });
    expect(findingIds(card)).toEqual(['cert.password-required']);
    expect(card).toHaveTextContent('Error: The PFX file needs its password');

    await user.type(within(card).getByLabelText('Password of oauth.pfx'), 'wrong');
    await user.click(within(card).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(findingIds(card)).toEqual(['cert.password-wrong']));
    expect(within(card).getByLabelText('Password of oauth.pfx')).toHaveValue('');

    await user.type(within(card).getByLabelText('Password of oauth.pfx'), 'Pfx-Pass-1');
    await user.click(within(card).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(findingIds(card)).toEqual(['cert.no-private-key']));
    expect(card).toHaveTextContent('Error: The file holds no private key for the certificate');
    expect(within(card).queryByLabelText('Password of oauth.pfx')).not.toBeInTheDocument();
    expect(within(card).getByText('CN=litwareinc.com')).toBeInTheDocument();
    expect(within(card).getByText(/^[0-9A-F]{40}$/)).toBeInTheDocument();
    expect(within(card).getByText('1 error(s), 0 warning(s), 0 note(s)')).toBeInTheDocument();

    await user.click(within(card).getByRole('button', { name: 'Copy the fix for “The file holds no private key for the certificate”' }));
    await within(card).findByText('Copied.');
    expect(backend.clipboard[0]).toContain('Import-CsCertificate -Identity global -Type OAuthTokenIssuer');
    expect(within(card).getByText(`Recorded in the project as ${pfxPath}.`)).toBeInTheDocument();
    expect(document.body.textContent).not.toContain('Pfx-Pass-1');
  });

  it('checks a dropped file and says its location is not recorded; Remove clears it', async () => {
    const { user } = await openCertificatesStep();
    const zone = screen.getByRole('group', { name: 'Drop zone for the Exchange Server Auth Certificate' });
    const file = new File([new Uint8Array(oauth.der)], 'auth.cer');
    fireEvent.drop(zone, { dataTransfer: { files: [file] } });
    const card = await screen.findByRole('article', { name: 'auth.cer' });
    expect(within(card).getByText(/location is not recorded in the project/)).toBeInTheDocument();
    expect(within(card).getByText('No problems found for this role.')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Remove the Exchange Server Auth Certificate' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'auth.cer' })).not.toBeInTheDocument());
  });

  it('does not read a dropped file larger than a certificate file can be, and says so on its card', async () => {
    await openCertificatesStep();
    const zone = screen.getByRole('group', { name: `Drop zone for the ${oauthTitle}` });
    fireEvent.drop(zone, { dataTransfer: { files: [new File([new Uint8Array(3 * 1024 * 1024)], 'backup.pfx')] } });
    const card = await screen.findByRole('article', { name: 'backup.pfx' });
    expect(findingIds(card)).toEqual(['cert.unreadable']);
    expect(card).toHaveTextContent('Cannot read backup.pfx: it is 3145728 bytes, more than a certificate file can be (1024 KiB).');
  });

  it('probes the pool with a progress indicator, trusting an imported CA; a probe can be cancelled', async () => {
    const server = await startHttpsServer([pool], (_req, res) => res.end('{}'));
    const silent = await startSilentServer();
    onTestFinished(async () => {
      await server.close();
      await silent.close();
    });
    const { backend, user } = await openCertificatesStep();
    backend.loopbackHosts.push('atl-cs-001.litwareinc.com', 'autodiscover.litwareinc.com');
    const rootPath = backend.pathOf('root.cer');
    await writeFile(rootPath, root.der);
    backend.dialogs.trustedCa = rootPath;
    await user.click(screen.getByRole('button', { name: 'Add CA file…' }));
    await screen.findByText('Trusting CN=Litware Root CA.');
    expect(screen.getByRole('button', { name: `Stop trusting ${rootPath}` })).toBeInTheDocument();

    // The endpoints listen on loopback ports: point the project's metadata URLs there.
    await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Topology' }));
    await user.click(screen.getByText('Advanced: endpoint URLs'));
    await user.type(screen.getByLabelText('Lync metadata URL'), `https://atl-cs-001.litwareinc.com:${server.port}/metadata/json/1`);
    await user.type(screen.getByLabelText('Exchange metadata URL'), `https://autodiscover.litwareinc.com:${silent.port}/autodiscover/metadata/json/1`);
    await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Certificates' }));

    await user.click(await screen.findByRole('button', { name: 'Probe the pool' }));
    const report = await screen.findByRole('article', { name: `atl-cs-001.litwareinc.com:${server.port}` });
    expect(within(report).getByText('Node verified the certificate and the host name against the trusted roots.')).toBeInTheDocument();
    expect(within(report).getByText('No problems found for this role.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Probe Autodiscover' }));
    const progress = await screen.findByRole('progressbar', { name: /Probing https:\/\/autodiscover\.litwareinc\.com/ });
    expect(progress).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Cancelled.');
  });
});
