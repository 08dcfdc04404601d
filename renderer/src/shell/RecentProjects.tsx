import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import type { RecentProjectsView } from '../../../electron/shared/channels/session-channels';
import { formatDateTime, t } from '../i18n';
import { localizeError } from '../i18n/localize';
import { useWizard } from '../store/wizard-store-context';

/**
 * The toolbar's Recent projects: a button that shows and hides the list main keeps (a disclosure: Tab moves
 * through the entries, Escape or leaving the list closes it and the focus returns to the button). Each entry
 * asks main to open it by the id main gave; a file that is gone is shown as missing and cannot be chosen.
 */
export function RecentProjects() {
  const openRecentProject = useWizard((state) => state.openRecentProject);
  const [expanded, setExpanded] = useState(false);
  const [view, setView] = useState<RecentProjectsView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  const close = (returnFocus: boolean) => {
    setExpanded(false);
    if (returnFocus) button.current?.focus();
  };
  const toggle = async () => {
    if (expanded) return close(false);
    setExpanded(true);
    setView(null);
    setFailure(null);
    const listed = await window.s2s.listRecentProjects();
    if (listed.ok) setView(listed.value);
    else setFailure(localizeError(listed.error));
  };
  const choose = (id: string) => {
    close(true);
    void openRecentProject(id);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && expanded) close(true);
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget)) close(false);
  };

  return (
    <div className="recent-projects" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={button} type="button" aria-expanded={expanded} aria-controls={panelId} onClick={() => void toggle()}>
        {t('recent.button')}
      </button>
      {expanded && (
        <div id={panelId} className="recent-projects-panel">
          {failure !== null && <p role="alert">{failure}</p>}
          {view?.notice && <p role="alert">{view.notice}</p>}
          {view === null && failure === null && <p>{t('recent.loading')}</p>}
          {view !== null && view.entries.length === 0 && <p>{t('recent.empty')}</p>}
          {view !== null && view.entries.length > 0 && (
            <ul aria-label={t('recent.listLabel')}>
              {view.entries.map((entry) => (
                <li key={entry.id}>
                  <button
                    type="button"
                    className="recent-project"
                    aria-disabled={entry.missing || undefined}
                    onClick={() => {
                      if (!entry.missing) choose(entry.id);
                    }}
                  >
                    <span className="recent-project-name">{entry.name}</span>{' '}
                    <span className="recent-project-path">{entry.path}</span>{' '}
                    <span className="recent-project-when">
                      {entry.missing ? (
                        <>
                          <span aria-hidden="true">⚠ </span>
                          {t('recent.missing')}
                        </>
                      ) : (
                        t('recent.openedAt', { date: formatDateTime(entry.openedAt) })
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
