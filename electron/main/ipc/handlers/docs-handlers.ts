/** Handlers of the findings' documentation links: the map from core, and the system browser for one of its pages. */
import { findingDocs } from '../../../core/finding-docs.js';
import { msg } from '../../../core/message-catalogue.js';
import { fail, ok } from '../../../core/result.js';
import type { DocsChannels } from '../../../shared/channels/docs-channels.js';
import type { HandlersOf } from '../dispatch.js';

export interface DocsHandlerDeps {
  /** `shell.openExternal`; the argument schema has already refused any URL that is not a finding's page. */
  openExternal(url: string): Promise<void>;
}

export function createDocsHandlers(deps: DocsHandlerDeps): HandlersOf<DocsChannels> {
  return {
    'app:finding-docs': async () => ok(findingDocs()),
    'app:open-docs': async (url) => {
      try {
        await deps.openExternal(url);
      } catch (e) {
        return fail('docs.open-failed', msg('error.docs.open-failed', { url, error: (e as Error).message }), url);
      }
      return ok(null);
    },
  };
}
