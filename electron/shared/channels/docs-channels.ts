/**
 * Channels of the findings' Microsoft documentation links. The app denies navigation and new windows, so a link
 * is opened by main in the system browser, and only when it is one of the pages core links a finding to.
 */
import type { FindingDoc } from '../../core/finding-docs.js';
import type { FindingId } from '../../core/findings.js';

export type FindingDocLinks = Partial<Record<FindingId, FindingDoc>>;

export interface DocsChannels {
  /** Every finding id that has a Microsoft page, with the page. */
  'app:finding-docs': { args: []; value: FindingDocLinks };
  /** Opens one of those pages in the system browser; any other URL is refused. */
  'app:open-docs': { args: [url: string]; value: null };
}

export const docsApiChannels = {
  findingDocs: 'app:finding-docs',
  openFindingDoc: 'app:open-docs',
} as const satisfies Record<string, keyof DocsChannels>;
