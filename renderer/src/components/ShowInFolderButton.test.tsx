// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { installRealBackend, type TestBackend } from '../test-support/real-backend';
import { fillSeedExample, renderApp } from '../test-support/render-app';

async function openStep(step: string, heading: string): Promise<{ backend: TestBackend; user: UserEvent }> {
  const backend = await installRealBackend();
  const { user } = await renderApp();
  await fillSeedExample(user);
  await user.click(within(screen.getByRole('navigation', { name: 'Wizard steps' })).getByRole('button', { name: step }));
  await screen.findByRole('heading', { level: 3, name: heading });
  return { backend, user };
}

const panel = (name: string) => screen.getByRole('region', { name });

describe('Show in folder', () => {
  it('appears once the bundle is exported to a folder, and shows that folder', async () => {
    const { backend, user } = await openStep('Exchange trusts Lync', 'Exchange trusts Lync 01-exchange-trust-lync.ps1');
    const exportPanel = panel('Export the bundle');
    expect(within(exportPanel).queryByRole('button', { name: 'Show bundle in folder' })).not.toBeInTheDocument();
    const folder = backend.pathOf('bundle');
    backend.dialogs.bundleFolder = folder;
    await user.click(within(exportPanel).getByRole('button', { name: 'Export to a folder…' }));
    await within(exportPanel).findByText(`Exported 9 files to ${folder}`);
    await user.click(within(exportPanel).getByRole('button', { name: 'Show bundle in folder' }));
    await vi.waitFor(() => expect(backend.shownInFolder).toEqual([folder]));
  });

  it('shows the zip file of an export as a zip, in the Next step beside the report’s own button', async () => {
    const { backend, user } = await openStep('Next', 'Optional features');
    const exportPanel = panel('Export the bundle');
    backend.dialogs.bundleZip = backend.pathOf('hand-over');
    await user.click(within(exportPanel).getByRole('button', { name: 'Export as a zip file…' }));
    await within(exportPanel).findByText(/^Exported \d+ files to /);
    const report = backend.pathOf('hand-over.html');
    backend.dialogs.report = report;
    await user.click(screen.getByRole('button', { name: 'Save report as HTML…' }));
    await screen.findByText(`Report saved to ${report}`);

    await user.click(screen.getByRole('button', { name: 'Show bundle in folder' }));
    await vi.waitFor(() => expect(backend.shownInFolder).toEqual([backend.pathOf('hand-over.zip')]));
    await user.click(screen.getByRole('button', { name: 'Show report in folder' }));
    await vi.waitFor(() => expect(backend.shownInFolder).toEqual([backend.pathOf('hand-over.zip'), report]));
  });

  it('appears once the report is saved in the Verify step, not when the save is cancelled', async () => {
    const { backend, user } = await openStep('Verify', 'Run the test');
    await user.click(screen.getByRole('button', { name: 'Save report as HTML…' }));
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Save report as HTML…' })).toBeEnabled());
    expect(screen.queryByRole('button', { name: 'Show report in folder' })).not.toBeInTheDocument();

    const report = backend.pathOf('evidence.html');
    backend.dialogs.report = report;
    await user.click(screen.getByRole('button', { name: 'Save report as HTML…' }));
    await screen.findByText(`Report saved to ${report}`);
    await user.click(screen.getByRole('button', { name: 'Show report in folder' }));
    await vi.waitFor(() => expect(backend.shownInFolder).toEqual([report]));
  });
});
