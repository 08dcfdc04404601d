// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
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
});
