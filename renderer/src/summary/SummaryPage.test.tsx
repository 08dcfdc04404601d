// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import { makeCa, makeCertificate, rsaKey } from '../../../tests/helpers/test-pki';
import { installRealBackend } from '../test-support/real-backend';
import { fillSeedExample, renderApp } from '../test-support/render-app';

const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const rail = () => screen.getByRole('navigation', { name: 'Wizard steps' });
const summaryEntry = () => screen.getByRole('button', { name: /^Summary of findings \d+ open$/ });
const section = (step: string) => screen.getByRole('region', { name: step });
const findingIdsIn = (element: HTMLElement) => [...element.querySelectorAll('[data-finding-id]')].map((node) => node.getAttribute('data-finding-id'));

describe('the summary of open findings', () => {
  it('lists the open findings by step, with the steps not opened yet said so, and its button goes to the step with focus on the heading', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await waitFor(() => expect(summaryEntry()).not.toHaveAccessibleName('Summary of findings 0 open'));

    await user.click(summaryEntry());

    const heading = screen.getByRole('heading', { level: 2, name: 'Summary of open findings' });
    expect(heading).toHaveFocus();
    expect(summaryEntry()).toHaveAttribute('aria-current', 'page');
    expect(within(rail()).getByRole('button', { name: 'Topology' })).not.toHaveAttribute('aria-current');
    expect(screen.queryByRole('button', { name: 'Next step' })).not.toBeInTheDocument();

    const topology = section('Topology');
    const ids = findingIdsIn(topology);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids)).toEqual(new Set(['project.required']));
    expect(topology).toHaveTextContent(/✖ Errors: \d+/);
    expect(topology).toHaveTextContent('Error: A required value is missing');
    expect(screen.getByText(`Open: ${ids.length} error(s), 0 warning(s).`)).toBeInTheDocument();
    expect(summaryEntry()).toHaveAccessibleName(`Summary of findings ${ids.length} open`);
    expect(section('Certificates')).toHaveTextContent('○ Not started');
    expect(section('Certificates')).toHaveTextContent('Not opened yet: its findings appear here once you open it.');

    await user.click(within(topology).getByRole('button', { name: 'Go to Topology' }));

    expect(screen.getByRole('heading', { level: 2, name: 'Topology' })).toHaveFocus();
    expect(screen.getByLabelText('SIP domain')).toBeInTheDocument();
    expect(within(rail()).getByRole('button', { name: 'Topology' })).toHaveAttribute('aria-current', 'step');
    expect(summaryEntry()).not.toHaveAttribute('aria-current');
  });

  it('gathers findings of several steps (none left for the filled-in Topology), folds notes away, and goes to a later step', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    await user.click(within(rail()).getByRole('button', { name: 'Verify' }));
    backend.dialogs.testOutput = join(process.cwd(), 'tests/fixtures/diagnose/diag.oauth-401/verbose-no-lync-issuer.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));
    await screen.findByTestId('diagnosis');
    await waitFor(() => expect(summaryEntry()).toHaveAccessibleName('Summary of findings 1 open'));
    // An OAuthTokenIssuer certificate as a .cer (no private key): a note, since it may already be on the servers.
    await user.click(within(rail()).getByRole('button', { name: 'Certificates' }));
    const cerPath = backend.pathOf('oauth.cer');
    await writeFile(cerPath, makeCertificate({ issuer: root, key, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'] }).pem);
    backend.dialogs.certificate = cerPath;
    await user.click(screen.getByRole('button', { name: 'Choose file… for the Lync / Skype for Business OAuthTokenIssuer certificate' }));
    await screen.findByRole('article', { name: 'oauth.cer' });

    await user.click(summaryEntry());

    expect(screen.getByText('Open: 1 error(s), 0 warning(s).')).toBeInTheDocument();
    expect(findingIdsIn(section('Topology'))).toEqual([]);
    expect(section('Topology')).toHaveTextContent('✔ Done Go to Topology');
    expect(section('Topology')).toHaveTextContent('No open findings.');
    const verify = section('Verify');
    expect(findingIdsIn(verify)).toEqual(['diag.oauth-401']);
    expect(verify).toHaveTextContent("Error: Exchange refused Lync's OAuth token (401 Unauthorized)");
    const certificates = section('Certificates');
    expect(certificates).toHaveTextContent('◐ In progress');
    expect(certificates).toHaveTextContent('No open findings.');
    const notes = within(certificates).getByText('Notes (1)').closest('details') as HTMLDetailsElement;
    expect(notes.open).toBe(false);
    expect(findingIdsIn(notes)).toEqual(['cert.no-private-key']);
    expect(notes).toHaveTextContent('Info:');

    await user.click(within(verify).getByRole('button', { name: 'Go to Verify' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Verify' })).toHaveFocus();
    expect(screen.getByTestId('diagnosis')).toBeInTheDocument();
  });

  it('says a step of an opened project file is in progress but not yet checked until it is opened', async () => {
    const backend = await installRealBackend();
    const file = backend.pathOf('litware.s2s.json');
    await backend.writeText(file, JSON.stringify({ schemaVersion: 1, sipDomain: 'litwareinc.com', certificates: { oauthIssuer: 'oauth.cer', exchangeAuth: null } }));
    backend.dialogs.open = file;
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    await waitFor(() => expect(screen.getByLabelText('SIP domain')).toHaveValue('litwareinc.com'));

    expect(within(rail()).getByRole('button', { name: 'Certificates' })).toHaveAccessibleDescription('In progress');
    await user.click(summaryEntry());
    expect(section('Certificates')).toHaveTextContent('◐ In progress');
    expect(section('Certificates')).toHaveTextContent('Not opened yet: its findings appear here once you open it.');
    expect(section('Metadata')).toHaveTextContent('○ Not started');
  });

  it('goes back to the step it was opened over when that step is chosen in the rail, and speaks Korean', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await user.click(summaryEntry());
    await user.click(within(rail()).getByRole('button', { name: 'Topology' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Topology' })).toHaveFocus();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    await user.click(screen.getByRole('button', { name: /^검사 결과 요약 미해결 \d+개$/ }));
    expect(screen.getByRole('heading', { level: 2, name: '미해결 검사 결과 요약' })).toHaveFocus();
    expect(screen.getByRole('region', { name: '인증서' })).toHaveTextContent('시작 안 함');
    expect(screen.getByRole('region', { name: '토폴로지' })).toHaveTextContent(/오류 \d+개/);
    await user.selectOptions(screen.getByRole('combobox', { name: '언어' }), 'English');
  });
});
