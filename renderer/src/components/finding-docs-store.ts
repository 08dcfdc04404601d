/**
 * The findings' Microsoft documentation pages, asked of main once (core holds the map; the renderer imports no
 * core values) and shared by every FindingDocLink.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { FindingDoc } from '../../../electron/core/finding-docs';
import type { FindingId } from '../../../electron/core/findings';
import type { FindingDocLinks } from '../../../electron/shared/channels/docs-channels';

const findingDocsStore = createStore<{ docs: FindingDocLinks | null }>(() => ({ docs: null }));
let asked: Promise<void> | null = null;

function askMain(): void {
  asked ??= window.s2s.findingDocs().then((answer) => {
    if (answer.ok) findingDocsStore.setState({ docs: answer.value });
    // Without the map no link shows; the next finding shown asks again.
    else asked = null;
  });
}

/** The page that explains the finding, or null (none, or not known yet). */
export function useFindingDoc(id: FindingId): FindingDoc | null {
  useEffect(askMain, []);
  return useStore(findingDocsStore, (state) => state.docs?.[id] ?? null);
}
