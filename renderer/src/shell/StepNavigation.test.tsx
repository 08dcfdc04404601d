// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { stepIds } from '../steps/steps';
import { installRealBackend } from '../test-support/real-backend';
import { renderApp } from '../test-support/render-app';

describe('Previous step / Next step', () => {
  it('walks through every step in order and back, moving focus to each new heading', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });
    const names = within(rail).getAllByRole('button').map((button) => button.textContent);
    expect(names).toHaveLength(stepIds.length);
    expect(screen.queryByRole('button', { name: 'Previous step' })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).not.toHaveFocus();

    for (const name of names.slice(1)) {
      await user.click(screen.getByRole('button', { name: 'Next step' }));
      const heading = screen.getByRole('heading', { level: 2 });
      expect(heading).toHaveTextContent(name ?? '');
      expect(heading).toHaveFocus();
      expect(within(rail).getByRole('button', { name: name ?? '' })).toHaveAttribute('aria-current', 'step');
    }
    expect(screen.queryByRole('button', { name: 'Next step' })).not.toBeInTheDocument();

    for (const name of names.slice(0, -1).reverse()) {
      await user.click(screen.getByRole('button', { name: 'Previous step' }));
      expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(name ?? '');
      expect(screen.getByRole('heading', { level: 2 })).toHaveFocus();
    }
  });

  it('moves focus to the heading when a step is chosen in the rail with the keyboard, and Tab goes on into the step', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const rail = screen.getByRole('navigation', { name: 'Wizard steps' });
    within(rail).getByRole('button', { name: 'Certificates' }).focus();
    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { level: 2, name: 'Certificates' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('main')).toContainElement(document.activeElement as HTMLElement);
  });
});
