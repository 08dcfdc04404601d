// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { installRealBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

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

  it.each([['Next', 'issue #7']])('moves to %s, a step not built yet, whose panel names %s', async (step, issue) => {
    await installRealBackend();
    const { user } = await renderApp();
    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });

    await user.click(within(rail).getByRole('button', { name: step }));

    expect(within(rail).getByRole('button', { name: step })).toHaveAttribute('aria-current', 'step');
    expect(within(rail).getByRole('button', { name: 'Topology' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(step);
    expect(screen.getByText(`${step} is not built yet.`)).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveTextContent(issue);
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
