// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { installRealBackend, type TestBackend } from '../../test-support/real-backend';
import { fillSeedExample, renderApp } from '../../test-support/render-app';

// The test runs from the repository root (jsdom's import.meta.url is not a file: URL).
const fixture = (path: string) => join(process.cwd(), 'tests/fixtures', path);

async function openVerifyStep(): Promise<{ backend: TestBackend; user: UserEvent }> {
  const backend = await installRealBackend();
  const { user } = await renderApp();
  await fillSeedExample(user);
  await goTo(user, 'Verify');
  await screen.findByRole('heading', { level: 3, name: 'Run the test' });
  return { backend, user };
}

async function goTo(user: UserEvent, step: string) {
  await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: step }));
}

describe('VerifyStep', () => {
  it('shows where to run the test and the exact command for the test user', async () => {
    await openVerifyStep();
    expect(screen.getByText(/as a member of the local group RTC Local User Administrators/)).toBeInTheDocument();
    expect(await screen.findByText("Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose")).toBeInTheDocument();
    expect(screen.getByRole('button', { name: "Copy the command: Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose" })).toBeInTheDocument();
    expect(screen.getByText(/writes the output to 03-verify-output\.txt beside the script/)).toBeInTheDocument();
  });

  it('diagnoses pasted output: the cause, the fix with the project values, and the evidence lines', async () => {
    const { user } = await openVerifyStep();
    const output = await readFile(fixture('diagnose/diag.oauth-401/verbose-no-lync-issuer.txt'), 'utf8');
    const textarea = screen.getByLabelText('Console output of the test');
    expect(screen.getByRole('button', { name: 'Diagnose' })).toBeDisabled();
    await user.click(textarea);
    await user.paste(output);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));

    const diagnosis = await screen.findByTestId('diagnosis');
    expect(diagnosis).toHaveTextContent('The test failed. What the output means, and the fix:');
    const cause = diagnosis.querySelector('[data-finding-id="diag.oauth-401"]') as HTMLElement;
    expect(cause).toHaveTextContent("Error: Exchange refused Lync's OAuth token (401 Unauthorized)");
    expect(cause).toHaveTextContent("iisreset 'atl-exchange-001.litwareinc.com'");
    expect(within(diagnosis).getByText('Evidence: the lines of the output this rests on')).toBeInTheDocument();
    expect(within(diagnosis).getByText('HTTP/1.1 401 Unauthorized')).toBeInTheDocument();
    expect(within(diagnosis).getByText('line 10')).toBeInTheDocument();
    expect(diagnosis).toHaveTextContent('Read from the pasted text');
  });

  it('imports the output file of 03-verify.ps1 and keeps the result when the user comes back to the step', async () => {
    const { backend, user } = await openVerifyStep();
    backend.dialogs.testOutput = fixture('diagnose/diag.success/03-verify-output.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));
    expect(await screen.findByText('Passed: Lync wrote into the mailbox through the OAuth trust.')).toBeInTheDocument();
    expect(screen.getByTestId('diagnosis')).toHaveTextContent('Read from 03-verify-output.txt');
    await goTo(user, 'Topology');
    await goTo(user, 'Verify');
    expect(await screen.findByText('Passed: Lync wrote into the mailbox through the OAuth trust.')).toBeInTheDocument();
  });

  it('imports the Exchange state, shows its findings with their fixes, and records the file in the project', async () => {
    const { backend, user } = await openVerifyStep();
    backend.dialogs.exchangeState = fixture('state/exchange-oauth-disabled.json');
    await user.click(screen.getByRole('button', { name: 'Import Exchange state…' }));
    const state = (await screen.findByText(/collected on ATL-EXCHANGE-001\.litwareinc\.com/)).closest('[data-side="exchange"]') as HTMLElement;
    expect(state).toHaveTextContent('Exchange state from');
    const off = state.querySelector('[data-finding-id="state.oauth-disabled"]') as HTMLElement;
    expect(off).toHaveTextContent("Set-WebServicesVirtualDirectory -Identity 'ATL-EXCHANGE-001\\EWS (Default Web Site)' -OAuthAuthentication $true");
    await waitFor(async () => expect(((await backend.readJson(backend.autosaveFile)) as { project: { exchangeStateFile: string } }).project.exchangeStateFile).toBe(fixture('state/exchange-oauth-disabled.json')));
  });

  it('saves the evidence report as HTML and says where', async () => {
    const { backend, user } = await openVerifyStep();
    backend.dialogs.testOutput = fixture('diagnose/diag.empty-response/no-verbose.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));
    await screen.findByTestId('diagnosis');
    const path = backend.pathOf('report.html');
    backend.dialogs.report = path;
    await user.click(screen.getByRole('button', { name: 'Save report as HTML…' }));
    expect(await screen.findByText(`Report saved to ${path}`)).toBeInTheDocument();
    const html = await readFile(path, 'utf8');
    expect(html).toContain('(diag.empty-response)');
    expect(html).toContain('Debug-CsStorageServiceFailures -SipUri &#39;sip:kenmyer@litwareinc.com&#39;');
  });

  it('says which field is missing when there is no test user', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await goTo(user, 'Verify');
    expect(await screen.findByText(/testUserSipUri: the test needs the SIP URI of a user with an Exchange 2013 or later mailbox/)).toBeInTheDocument();
    expect(screen.queryByText(/^Test-CsExStorageConnectivity/)).not.toBeInTheDocument();
  });

  it('diagnoses an output file dropped on the step; a finding with a Microsoft page links to it, opened by main', async () => {
    const { backend, user } = await openVerifyStep();
    const output = await readFile(fixture('diagnose/diag.empty-response/no-verbose.txt'));
    fireEvent.drop(screen.getByRole('group', { name: 'Drop zone for the output of the test' }), { dataTransfer: { files: [new File([output], 'console.txt')] } });
    const diagnosis = await screen.findByTestId('diagnosis');
    expect(diagnosis).toHaveTextContent('Read from console.txt');
    const cause = diagnosis.querySelector('[data-finding-id="diag.empty-response"]') as HTMLElement;
    const link = await within(cause).findByRole('link', { name: 'Microsoft documentation: Skype for Business documentation issue 702: error 574 from Test-CsExStorageConnectivity' });
    const url = 'https://github.com/MicrosoftDocs/OfficeDocs-SkypeForBusiness/issues/702';
    expect(link).toHaveAttribute('href', url);
    expect(link).toHaveAttribute('title', `Opens “Skype for Business documentation issue 702: error 574 from Test-CsExStorageConnectivity” in your browser: ${url}`);
    await user.click(link);
    await waitFor(() => expect(backend.openedExternally).toEqual([url]));
  });

  it('shows no documentation link for a finding without a Microsoft page', async () => {
    const { backend, user } = await openVerifyStep();
    backend.dialogs.testOutput = fixture('diagnose/diag.success/03-verify-output.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));
    const success = (await screen.findByTestId('diagnosis')).querySelector('[data-finding-id="diag.success"]') as HTMLElement;
    expect(within(success).queryByRole('link')).not.toBeInTheDocument();
  });

  it('checks a state file dropped on the step, of the side the file holds, and records no file for that side', async () => {
    const { backend, user } = await openVerifyStep();
    backend.dialogs.lyncState = fixture('state/lync-autodiscover-url-xml.json');
    await user.click(screen.getByRole('button', { name: 'Import Lync state…' }));
    await waitFor(async () => expect(((await backend.readJson(backend.autosaveFile)) as { project: { lyncStateFile: string | null } }).project.lyncStateFile).toBe(fixture('state/lync-autodiscover-url-xml.json')));

    const dropped = await readFile(fixture('state/lync-healthy.json'));
    fireEvent.drop(screen.getByRole('group', { name: 'Drop zone for state files' }), { dataTransfer: { files: [new File([dropped], 'lync-state.json')] } });
    const state = (await screen.findByText(/Lync state from lync-state\.json/)).closest('[data-side="lync"]') as HTMLElement;
    expect(state).toHaveTextContent('Dropped file: checked, but its location is not recorded in the project.');
    expect(state.querySelector('[data-finding-id="state.autodiscover-url-xml"]')).toBeNull();
    await waitFor(async () => expect(((await backend.readJson(backend.autosaveFile)) as { project: { lyncStateFile: string | null } }).project.lyncStateFile).toBeNull());
    expect(screen.getByText(/Lync state from lync-state\.json/)).toBeInTheDocument();
  });

  it('cancels saving the report as PDF while it prints: nothing is written', async () => {
    const { backend, user } = await openVerifyStep();
    const path = backend.pathOf('report.pdf');
    backend.dialogs.report = path;
    await user.click(screen.getByRole('button', { name: 'Save report as PDF…' }));
    const progress = await screen.findByRole('progressbar', { name: 'Saving the evidence report…' });
    await user.click(within(progress.closest('[role="status"]') as HTMLElement).getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Cancelled.', {}, { timeout: 30_000 });
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(screen.getByRole('button', { name: 'Save report as PDF…' })).toBeEnabled();
  });
});
