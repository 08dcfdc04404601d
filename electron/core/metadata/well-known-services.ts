/** The application ids of domain.md §2.1 that a metadata document's serviceName or issuer may carry. */
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';

export type MetadataRole = 'lync' | 'exchange';

export const serviceIdOf: Record<MetadataRole, string> = {
  exchange: '00000002-0000-0ff1-ce00-000000000000',
  lync: '00000004-0000-0ff1-ce00-000000000000',
};

const knownServices: Record<string, string> = {
  '00000001-0000-0000-c000-000000000000': 'Azure ACS / Entra ID',
  '00000002-0000-0ff1-ce00-000000000000': 'Exchange',
  '00000003-0000-0ff1-ce00-000000000000': 'SharePoint',
  '00000004-0000-0ff1-ce00-000000000000': 'Lync / Skype for Business',
};

/** The side's name, as a message the UI can say in the user's language. */
export const roleMessage: Record<MetadataRole, Message> = { lync: msg('metadata.role.lync'), exchange: msg('metadata.role.exchange') };

/** "Exchange (00000002-…)" for a known id, the id alone otherwise. */
export function describeService(id: string): string {
  const name = knownServices[id.toLowerCase()];
  return name ? `${name} (${id})` : id;
}

/** `<service>@<realm>` split at the first @; null when there is no @. */
export function splitIssuer(issuer: string): { service: string; realm: string } | null {
  const at = issuer.indexOf('@');
  return at < 0 ? null : { service: issuer.slice(0, at), realm: issuer.slice(at + 1) };
}
