import { useState } from 'react';
import type { GeneratedFile } from '../../../../electron/shared/channels/script-channels';
import type { MessageKey } from '../../i18n/en';
import { t } from '../../i18n';
import { ScriptFileView } from '../scripts/ScriptFileView';

/** What each rollback script undoes, in the user's language (the generators in electron/core/powershell name the files). */
const undoes = new Map<string, MessageKey>([
  ['rollback/undo-01-exchange-trust-lync.ps1', 'next.rollback.undo01'],
  ['rollback/undo-02-lync-trust-exchange.ps1', 'next.rollback.undo02'],
  ['rollback/undo-04-enable-archiving.ps1', 'next.rollback.undo04'],
  ['rollback/undo-05-enable-unified-contact-store.ps1', 'next.rollback.undo05'],
]);

/** A script under a disclosure, rendered only once opened: four highlighted scripts nobody opened would weigh on every edit. */
function FoldedScript({ file }: { file: GeneratedFile }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="next-rollback-script-text" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('next.rollback.show', { file: file.path.split('/').pop() ?? file.path })}</summary>
      {open && <ScriptFileView file={file} headingLevel={4} />}
    </details>
  );
}

/**
 * The bundle's rollback scripts in the order to run them: the reverse of the bundle's order (05, 04, 02, 01), so
 * each feature is undone while the trust it needs is still there. Each script is folded under what it undoes.
 */
export function RollbackPanel({ files }: { files: readonly GeneratedFile[] }) {
  const rollbacks = files.filter((file) => file.path.startsWith('rollback/')).reverse();
  return (
    <section className="next-panel next-rollback" aria-labelledby="next-rollback-heading">
      <h3 id="next-rollback-heading">{t('next.rollback.heading')}</h3>
      <p className="next-warning">
        <span aria-hidden="true">⚠ </span>
        {t('next.rollback.warning')}
      </p>
      <p>{t('next.rollback.order')}</p>
      <ol className="next-rollback-order">
        {rollbacks.map((file) => {
          const undone = undoes.get(file.path);
          return (
            <li key={file.path} data-rollback={file.path}>
              <p className="next-rollback-script">
                <code>{file.path.replace('/', '\\')}</code>
                <span className="hint"> {t(file.side === 'exchange' ? 'next.rollback.who.exchange' : 'next.rollback.who.lync')}</span>
              </p>
              {undone && <p>{t(undone)}</p>}
              <FoldedScript file={file} />
            </li>
          );
        })}
      </ol>
      <p className="hint">{t('next.rollback.notUndone')}</p>
    </section>
  );
}
