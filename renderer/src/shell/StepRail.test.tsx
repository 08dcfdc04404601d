// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { join } from 'node:path';
import { installRealBackend } from '../test-support/real-backend';
import { fillSeedExample, renderApp } from '../test-support/render-app';

const railButton = (name: string) => within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name });
/** What the rail says about each step, as a screen reader hears it after the step's name. */
const railStates = () =>
  within(screen.getByRole('navigation', { name: 'Wizard steps' }))
    .getAllByRole('button')
    .map((button) => [button.textContent, document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent]);
const goTo = (user: UserEvent, name: string) => user.click(railButton(name));

describe('StepRail', () => {
  it('lists the seven steps in order and marks the current one', async () => {
    await installRealBackend();
    await renderApp();

    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });
    const steps = within(rail).getAllByRole('button').map((button) => button.textContent);
    expect(steps).toEqual(['Topology', 'Certificates', 'Metadata', 'Exchange trusts Lync', 'Lync trusts Exchange', 'Verify', 'Next']);
    expect(within(rail).getByRole('button', { name: 'Topology' })).toHaveAttribute('aria-current', 'step');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Topology');
  });

  it('moves to the last step, Next, and shows its view instead of the Topology form', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });

    await user.click(within(rail).getByRole('button', { name: 'Next' }));

    expect(within(rail).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-current', 'step');
    expect(within(rail).getByRole('button', { name: 'Topology' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Next');
    expect(screen.getByRole('heading', { level: 3, name: 'Optional features' })).toBeInTheDocument();
    expect(screen.queryByLabelText('SIP domain')).not.toBeInTheDocument();
  });

  it('comes back to the Topology form with the values kept', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });
    await user.type(screen.getByLabelText('SIP domain'), 'litwareinc.com');

    await user.click(within(rail).getByRole('button', { name: 'Verify' }));
    await user.click(within(rail).getByRole('button', { name: 'Topology' }));

    expect(screen.getByLabelText('SIP domain')).toHaveValue('litwareinc.com');
  });
});

describe('the state of each step in the rail', () => {
  it('starts with Topology in error (nothing filled in) and the other steps not started, in words, an icon and the description', async () => {
    await installRealBackend();
    await renderApp();

    await waitFor(() => expect(railButton('Topology')).toHaveAccessibleDescription(/^Errors: \d+$/));
    for (const step of ['Certificates', 'Metadata', 'Exchange trusts Lync', 'Lync trusts Exchange', 'Verify', 'Next']) {
      expect(railButton(step)).toHaveAccessibleDescription('Not started');
    }
    const topology = railButton('Topology').closest('li') as HTMLElement;
    expect(topology).toHaveTextContent(/✖ Errors: \d+/);
    const errors = Number(/Errors: (\d+)/.exec(topology.textContent ?? '')?.[1]);
    expect(errors).toBeGreaterThan(1);
    expect(screen.getByRole('button', { name: `Summary of findings ${errors} open` })).toBeInTheDocument();
  });

  it('changes as the user works: Topology done once filled in (even when left at once), an opened step in progress, Next done once opened', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    // Straight on, inside the project check's delay: Topology's state still follows the last value typed.
    await goTo(user, 'Certificates');
    await waitFor(() => expect(railButton('Topology')).toHaveAccessibleDescription('Done'));
    expect(railButton('Topology').closest('li')).toHaveTextContent('✔ Done');
    expect(screen.getByRole('button', { name: 'Summary of findings 0 open' })).toBeInTheDocument();

    await screen.findByRole('heading', { level: 3, name: 'Lync / Skype for Business OAuthTokenIssuer certificate' });
    await goTo(user, 'Next');
    expect(railButton('Certificates')).toHaveAccessibleDescription('In progress');
    expect(railButton('Certificates').closest('li')).toHaveTextContent('◐ In progress');
    expect(railButton('Next')).toHaveAccessibleDescription('Done');
    expect(railButton('Metadata')).toHaveAccessibleDescription('Not started');
  });

  it('marks Verify done on a passed test, and starts afresh with a new document', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await goTo(user, 'Verify');
    expect(railButton('Verify')).toHaveAccessibleDescription('In progress');
    backend.dialogs.testOutput = join(process.cwd(), 'tests/fixtures/diagnose/diag.success/03-verify-output.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));
    await waitFor(() => expect(railButton('Verify')).toHaveAccessibleDescription('Done'));

    // Another document starts the rail afresh (from Topology: the Verify step on screen would show its diagnosis still).
    await goTo(user, 'Topology');
    await user.click(screen.getByRole('button', { name: 'New' }));
    await waitFor(() => expect(railButton('Topology')).toHaveAccessibleDescription(/^Errors: \d+$/));
    expect(railStates().slice(1)).toEqual([
      ['Certificates', '○ Not started'],
      ['Metadata', '○ Not started'],
      ['Exchange trusts Lync', '○ Not started'],
      ['Lync trusts Exchange', '○ Not started'],
      ['Verify', '○ Not started'],
      ['Next', '○ Not started'],
    ]);
  });

  it('shows an error found on a later step (a failed test) in that step’s state and in the count of open findings', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Summary of findings 0 open' })).toBeInTheDocument());
    await goTo(user, 'Verify');
    backend.dialogs.testOutput = join(process.cwd(), 'tests/fixtures/diagnose/diag.oauth-401/verbose-no-lync-issuer.txt');
    await user.click(screen.getByRole('button', { name: 'Import output file…' }));

    await waitFor(() => expect(railButton('Verify')).toHaveAccessibleDescription('Errors: 1'));
    expect(railButton('Verify').closest('li')).toHaveTextContent('✖ Errors: 1');
    expect(screen.getByRole('button', { name: 'Summary of findings 1 open' })).toBeInTheDocument();
  });
});
