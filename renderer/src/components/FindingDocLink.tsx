import type { MouseEvent } from 'react';
import type { FindingId } from '../../../electron/core/findings';
import { t } from '../i18n';
import { useWizard } from '../store/wizard-store-context';
import { useFindingDoc } from './finding-docs-store';

/**
 * "Microsoft documentation" for a finding that has a page, its title and address in the tooltip (which says when the
 * page is Microsoft's documentation source on GitHub, at the commit domain.md was written from). The window
 * never navigates: main opens the page in the system browser (and only the pages core links findings to).
 */
export function FindingDocLink({ id }: { id: FindingId }) {
  const doc = useFindingDoc(id);
  const showError = useWizard((state) => state.showError);
  if (doc === null) return null;
  const open = async (event: MouseEvent) => {
    event.preventDefault();
    const opened = await window.s2s.openFindingDoc(doc.url);
    if (!opened.ok) showError(opened.error);
  };
  const page = t(`docs.source.${doc.source}`);
  // A file of a Microsoft repository at a commit (not Microsoft Learn): say so before the browser shows GitHub.
  const title = doc.url.startsWith('https://github.com/') && doc.url.includes('/blob/') ? t('docs.linkTitle.github', { page, url: doc.url }) : t('docs.linkTitle', { page, url: doc.url });
  return (
    <a className="finding-doc-link" href={doc.url} aria-label={t('docs.linkName', { page })} title={title} onClick={(event) => void open(event)}>
      {t('docs.link')}
    </a>
  );
}
