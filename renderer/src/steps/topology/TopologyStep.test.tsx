// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import { installRealBackend } from '../../test-support/real-backend';
import { fillSeedExample, findingIdsOf, renderApp } from '../../test-support/render-app';

describe('TopologyStep', () => {
  it('shows an invalid pool FQDN beside the pool field, and removes the finding once it is fixed', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    const pool = screen.getByLabelText('Lync / Skype for Business pool FQDN');

    await user.type(pool, 'atl cs 001');
    await waitFor(() => expect(findingIdsOf('lyncPoolFqdn')).toEqual(['project.invalid-fqdn']));
    const finding = document.querySelector('[data-field="lyncPoolFqdn"] [data-finding-id="project.invalid-fqdn"]') as HTMLElement;
    expect(finding).toHaveTextContent('Error: Not a valid fully qualified domain name');
    expect(finding).toHaveTextContent("'atl cs 001' is not a valid fully qualified domain name");
    expect(within(finding).getByText('Fix:')).toBeInTheDocument();
    expect(pool).toHaveAttribute('aria-invalid', 'true');
    expect(pool).toHaveAccessibleDescription(expect.stringContaining('Not a valid fully qualified domain name'));

    await user.clear(pool);
    await user.type(pool, 'atl-cs-001.litwareinc.com');
    await waitFor(() => expect(findingIdsOf('lyncPoolFqdn')).toEqual([]));
    expect(pool).toHaveAttribute('aria-invalid', 'false');
  });

  it('accepts the seed example without a finding and shows the derived metadata URLs as placeholders', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    expect(findingIdsOf('testUserSipUri')).toEqual(['project.required']);

    await fillSeedExample(user);

    await waitFor(() => expect(document.querySelectorAll('[data-finding-id]')).toHaveLength(0));
    expect(screen.queryByText('Error:')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Lync metadata URL')).toHaveAttribute('placeholder', 'https://atl-cs-001.litwareinc.com/metadata/json/1');
    expect(screen.getByLabelText('Exchange metadata URL')).toHaveAttribute('placeholder', 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1');
    expect(screen.getByLabelText('Exchange EWS URL')).toHaveAttribute('placeholder', 'https://autodiscover.litwareinc.com/EWS/Exchange.asmx');
    expect(screen.getByLabelText('OAuth realm')).toHaveAttribute('placeholder', 'litwareinc.com');
    expect(screen.getByLabelText('Exchange install path')).toHaveAttribute('placeholder', '$env:ExchangeInstallPath');
  });

  it('reports each Exchange server row under its own subject, and an empty list under the list', async () => {
    await installRealBackend();
    const { user } = await renderApp();
    await waitFor(() => expect(findingIdsOf('exchangeServers')).toEqual(['project.required']));

    await user.click(screen.getByRole('button', { name: 'Add Exchange server' }));
    await user.type(screen.getByLabelText('Exchange server 1'), 'atl-exchange-001.litwareinc.com');
    await user.click(screen.getByRole('button', { name: 'Add Exchange server' }));
    await user.type(screen.getByLabelText('Exchange server 2'), 'exchange 2');
    await waitFor(() => expect(findingIdsOf('exchangeServers[1]')).toEqual(['project.invalid-fqdn']));
    expect(findingIdsOf('exchangeServers[0]')).toEqual([]);
    expect(screen.getByLabelText('Exchange server 2')).toHaveAttribute('name', 'exchangeServers[1]');

    await user.click(screen.getByRole('button', { name: 'Remove Exchange server 2' }));
    await user.click(screen.getByRole('button', { name: 'Remove Exchange server 1' }));
    await waitFor(() => expect(findingIdsOf('exchangeServers')).toEqual(['project.required']));
    expect(screen.queryByLabelText('Exchange server 1')).not.toBeInTheDocument();
  });
});
