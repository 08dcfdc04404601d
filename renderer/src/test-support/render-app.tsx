import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../App';

/** Renders a fresh App and waits until its project is loaded and the Topology form is there. */
export async function renderApp() {
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByLabelText('SIP domain');
  return { user, ...view };
}

/** The ids of the findings shown inside the wrapper of field `name`. */
export function findingIdsOf(name: string): string[] {
  return [...document.querySelectorAll(`[data-field="${name}"] [data-finding-id]`)].map((element) => element.getAttribute('data-finding-id') ?? '');
}

/** The seed example of design.md §4. */
export const seedExample = {
  sipDomain: 'litwareinc.com',
  lyncPoolFqdn: 'atl-cs-001.litwareinc.com',
  exchangeAutodiscoverFqdn: 'autodiscover.litwareinc.com',
  exchangeServer: 'atl-exchange-001.litwareinc.com',
  testUserSipUri: 'sip:kenmyer@litwareinc.com',
};

export async function fillSeedExample(user: UserEvent): Promise<void> {
  await user.type(screen.getByLabelText('SIP domain'), seedExample.sipDomain);
  await user.type(screen.getByLabelText('Lync / Skype for Business pool FQDN'), seedExample.lyncPoolFqdn);
  await user.type(screen.getByLabelText('Exchange Autodiscover FQDN'), seedExample.exchangeAutodiscoverFqdn);
  await user.click(screen.getByRole('button', { name: 'Add Exchange server' }));
  await user.type(screen.getByLabelText('Exchange server 1'), seedExample.exchangeServer);
  await user.type(screen.getByLabelText('Test user SIP URI'), seedExample.testUserSipUri);
}
