// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTestPki, startHttpsServer, startSilentServer, type LoopbackServer } from '../../../../tests/helpers/loopback-https';
import { exchangeDocument, lyncDocument } from '../../../../tests/helpers/metadata-documents';
import { makeCertificate } from '../../../../tests/helpers/test-pki';
import { installRealBackend, type TestBackend } from '../../test-support/real-backend';
import { fillSeedExample, renderApp } from '../../test-support/render-app';
import { metadataStepStore } from './metadata-step-store';

const pool = 'atl-cs-001.litwareinc.com';
const autodiscover = 'autodiscover.litwareinc.com';
const pki = makeTestPki();
const oauth = makeCertificate({ commonName: 'litwareinc.com', key: pki.key });
const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key });
// The test runs from the repository root (jsdom's import.meta.url is not a file: URL).
const sharepoint = readFileSync(join(process.cwd(), 'tests/fixtures/metadata/sharepoint-se-real.json'), 'utf8');
const findingIds = (element: HTMLElement) => [...element.querySelectorAll('[data-finding-id]')].map((f) => f.getAttribute('data-finding-id'));

let servers: { close(): Promise<void> }[] = [];
beforeEach(() => metadataStepStore.getState().reset());
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** One server for the pool, Autodiscover and EWS (its certificate names both hosts), from the test's CA. */
async function startServer(): Promise<LoopbackServer> {
  const certificate = makeCertificate({ issuer: pki.root, commonName: pool, dnsNames: [pool, autodiscover], key: pki.key });
  const server = await startHttpsServer([certificate, pki.root], (request, response) => {
    if (request.url === '/metadata/json/1') response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(lyncDocument('litwareinc.com', [oauth])));
    else if (request.url === '/autodiscover/metadata/json/1') response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(exchangeDocument([auth])));
    else response.writeHead(401, { 'www-authenticate': 'Bearer trusted_issuers="00000004-0000-0ff1-ce00-000000000000@litwareinc.com"' }).end();
  });
  servers.push(server);
  return server;
}

async function openMetadataStep(urls: { lync: string; exchange: string; ews: string }): Promise<{ backend: TestBackend; user: UserEvent }> {
  const backend = await installRealBackend();
  backend.loopbackHosts.push(pool, autodiscover);
  const { user } = await renderApp();
  await fillSeedExample(user);
  await user.click(screen.getByText('Advanced: endpoint URLs'));
  for (const [label, url] of [['Lync metadata URL', urls.lync], ['Exchange metadata URL', urls.exchange], ['Exchange EWS URL', urls.ews]] as const) {
    await user.click(screen.getByLabelText(label));
    await user.paste(url);
  }
  await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: 'Metadata' }));
  await screen.findByRole('heading', { level: 3, name: 'Lync / Skype for Business' });
  return { backend, user };
}

describe('MetadataStep', () => {
  it('shows an untrusted endpoint’s certificate, pins it after showing its fingerprint, and fetches the document', async () => {
    const server = await startServer();
    const { user } = await openMetadataStep({
      lync: `https://${pool}:${server.port}/metadata/json/1`,
      exchange: `https://${autodiscover}:${server.port}/autodiscover/metadata/json/1`,
      ews: `https://${autodiscover}:${server.port}/EWS/Exchange.asmx`,
    });
    const lync = screen.getByRole('region', { name: 'Lync / Skype for Business' });
    await user.click(within(lync).getByRole('button', { name: 'Fetch' }));

    const untrusted = await within(lync).findByRole('region', { name: `${pool}:${server.port} presented a certificate this computer does not trust` });
    expect(findingIds(lync)).toEqual(['metadata.tls-untrusted']);
    expect(untrusted).toHaveTextContent(`CN=${pool}`);
    expect(untrusted).toHaveTextContent('CN=Litware Test Root CA');
    const fingerprint = within(untrusted).getAllByText(/^[0-9A-F]{64}$/)[0]?.textContent as string;

    await user.click(within(untrusted).getByRole('button', { name: 'Pin this certificate…' }));
    const confirm = within(untrusted).getByRole('group', { name: `Trust exactly this certificate for ${pool}:${server.port}?` });
    expect(confirm).toHaveTextContent(`SHA-256 fingerprint: ${fingerprint}`);
    await user.click(within(confirm).getByRole('button', { name: 'Pin it' }));

    await within(lync).findByText(`TLS: ${pool}:${server.port} presented the certificate pinned for it.`);
    expect(findingIds(lync)).toEqual([]);
    const keys = within(lync).getByRole('list', { name: 'Signing keys (1)' });
    expect(keys).toHaveTextContent('CN=litwareinc.com');
    expect(within(lync).getByText('00000004-0000-0ff1-ce00-000000000000')).toBeInTheDocument();
  });

  it('imports the presented CA into the saved project, then checks both sides and Exchange’s trust at once, and saves a copy', async () => {
    const server = await startServer();
    const { backend, user } = await openMetadataStep({
      lync: `https://${pool}:${server.port}/metadata/json/1`,
      exchange: `https://${autodiscover}:${server.port}/autodiscover/metadata/json/1`,
      ews: `https://${autodiscover}:${server.port}/EWS/Exchange.asmx`,
    });
    const projectFile = backend.pathOf('litwareinc.s2s.json');
    backend.dialogs.save = projectFile;
    await user.click(screen.getByRole('button', { name: 'Save as…' }));
    await screen.findByText(`Saved to ${projectFile}`);

    const exchange = screen.getByRole('region', { name: 'Exchange' });
    await user.click(within(exchange).getByRole('button', { name: 'Fetch' }));
    await within(exchange).findByRole('button', { name: 'Import this CA…' });
    await user.click(within(exchange).getByRole('button', { name: 'Import this CA…' }));
    const confirm = within(exchange).getByRole('group', { name: 'Trust the CA CN=Litware Test Root CA?' });
    expect(confirm).toHaveTextContent(/SHA-256 fingerprint: [0-9A-F]{64}/);
    await user.click(within(confirm).getByRole('button', { name: 'Trust this CA' }));
    await within(exchange).findByText(`TLS: ${autodiscover}:${server.port} presented a trusted certificate.`);
    expect(findingIds(exchange)).toEqual(['metadata.realm-mismatch']);
    expect(exchange).toHaveTextContent("Exchange publishes the realm '*'");

    await user.click(screen.getByRole('button', { name: 'Check both documents and Exchange’s trust' }));
    const trust = screen.getByRole('region', { name: 'Does Exchange trust Lync?' });
    await waitFor(() => expect(findingIds(trust)).toEqual(['exchange.trusts-lync']));
    const lync = screen.getByRole('region', { name: 'Lync / Skype for Business' });
    await within(lync).findByText(`TLS: ${pool}:${server.port} presented a trusted certificate.`);

    await user.click(within(lync).getByRole('button', { name: 'Save into the project folder' }));
    await within(lync).findByText('Saved as lync-metadata.json.');
    expect(within(lync).getByText('Saved copy: lync-metadata.json')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await backend.readJson(projectFile)).toMatchObject({ lyncMetadataFile: 'lync-metadata.json', trustedCaFiles: [expect.stringMatching(/^trusted-ca-/)] }));
  });

  it('checks pasted text, and cancels a fetch that hangs', async () => {
    const silent = await startSilentServer();
    servers.push(silent);
    const { user } = await openMetadataStep({
      lync: `https://${pool}:${silent.port}/metadata/json/1`,
      exchange: `https://${autodiscover}:${silent.port}/autodiscover/metadata/json/1`,
      ews: `https://${autodiscover}:${silent.port}/EWS/Exchange.asmx`,
    });
    const lync = screen.getByRole('region', { name: 'Lync / Skype for Business' });
    await user.click(within(lync).getByRole('button', { name: 'Paste…' }));
    await user.click(within(lync).getByLabelText('Lync / Skype for Business metadata document (pasted)'));
    await user.paste(sharepoint);
    await user.click(within(lync).getByRole('button', { name: 'Check pasted text' }));
    await waitFor(() => expect(findingIds(lync)).toContain('metadata.wrong-service'));
    expect(lync).toHaveTextContent('Read from the pasted text.');

    const exchange = screen.getByRole('region', { name: 'Exchange' });
    await user.click(within(exchange).getByRole('button', { name: 'Fetch' }));
    const progress = await within(exchange).findByRole('status');
    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    await within(exchange).findByText('Cancelled.');
    expect(silent.connections()).toBe(1);
  });

  it('checks a document dropped on a side, says its location is not recorded, and saves it into the project folder', async () => {
    const { backend, user } = await openMetadataStep({
      lync: `https://${pool}/metadata/json/1`,
      exchange: `https://${autodiscover}/autodiscover/metadata/json/1`,
      ews: `https://${autodiscover}/EWS/Exchange.asmx`,
    });
    const projectFile = backend.pathOf('litwareinc.s2s.json');
    backend.dialogs.save = projectFile;
    await user.click(screen.getByRole('button', { name: 'Save as…' }));
    await screen.findByText(`Saved to ${projectFile}`);

    const body = JSON.stringify(lyncDocument('litwareinc.com', [oauth]));
    const zone = screen.getByRole('group', { name: 'Drop zone for the Lync / Skype for Business metadata document' });
    fireEvent.drop(zone, { dataTransfer: { files: [new File([body], 'from-the-pool.json', { type: 'application/json' })] } });
    const lync = screen.getByRole('region', { name: 'Lync / Skype for Business' });
    await within(lync).findByText('Read from the dropped file from-the-pool.json; its location is not recorded in the project. Save it into the project folder to record it.');
    expect(within(lync).getByRole('list', { name: 'Signing keys (1)' })).toHaveTextContent('CN=litwareinc.com');

    await user.click(within(lync).getByRole('button', { name: 'Save into the project folder' }));
    await within(lync).findByText('Saved as lync-metadata.json.');
    expect(await readFile(backend.pathOf('lync-metadata.json'), 'utf8')).toBe(body);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await backend.readJson(projectFile)).toMatchObject({ lyncMetadataFile: 'lync-metadata.json' }));
  });
});
