import { useId, useState } from 'react';
import type { MetadataRole } from '../../../../electron/core/metadata/well-known-services';
import type { Project } from '../../../../electron/core/model/project';
import { DropZone } from '../../components/DropZone';
import { FindingList } from '../../components/FindingList';
import { OperationStatus } from '../../components/OperationStatus';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { useWizard } from '../../store/wizard-store-context';
import { MetadataDocumentFacts } from './MetadataDocumentFacts';
import { MetadataSource } from './MetadataSource';
import { UntrustedEndpoint } from './UntrustedEndpoint';
import { useMetadataActions, useMetadataStep } from './use-metadata-actions';

const savedFileField = { lync: 'lyncMetadataFile', exchange: 'exchangeMetadataFile' } as const;

/** One side's document: fetch (with progress and cancel), import, drop, paste; then where it came from, its facts and findings. */
export function MetadataSidePanel({ side, project, url }: { side: MetadataRole; project: Project; url: string | null }) {
  const id = useId();
  const run = useMetadataStep((state) => state.sides[side]);
  const actions = useMetadataActions();
  const projectFile = useWizard((state) => state.path);
  const [pasting, setPasting] = useState(false);
  const [pasted, setPasted] = useState('');
  const [savedAs, setSavedAs] = useState<string | null>(null);
  // Reading a document from a file (picked, dropped, or the saved copy), and saving one: quick, so no Cancel.
  const reading = useOperation<unknown>();
  const saving = useOperation<{ path: string }>();
  const sideName = t(`metadata.side.${side}`);
  const savedCopy = project[savedFileField[side]];
  const report = run.status === 'done' ? run.result : null;
  usePublishStepFindings('metadata', report?.findings, { part: side, complete: report?.document != null });

  return (
    <section className="metadata-side" aria-labelledby={`${id}-title`} data-side={side}>
      <h3 id={`${id}-title`}>{sideName}</h3>
      <p className="hint">{url ? t('metadata.from', { url }) : t(`metadata.needsName.${side}`)}</p>
      <DropZone label={t('drop.metadata.zone', { side: sideName })} onFile={(file) => void reading.start(() => actions.dropFile(side, project, file))}>
        <div className="metadata-actions">
          <button type="button" disabled={!url || run.status === 'running'} onClick={() => void actions.fetchSide(side, project)}>
            {t('metadata.fetch')}
          </button>
          <button type="button" disabled={reading.busy} onClick={() => void reading.start(() => actions.importFile(side, project))}>
            {t('metadata.import')}
          </button>
          <button type="button" aria-expanded={pasting} aria-controls={`${id}-paste`} onClick={() => setPasting(!pasting)}>
            {t('metadata.paste')}
          </button>
        </div>
        <p className="hint">{t('drop.metadata.hint')}</p>
      </DropZone>
      {pasting && (
        <div id={`${id}-paste`} className="metadata-paste">
          <label htmlFor={`${id}-paste-text`}>{t('metadata.pasteLabel', { side: sideName })}</label>
          <textarea id={`${id}-paste-text`} rows={6} spellCheck={false} value={pasted} onChange={(event) => setPasted(event.target.value)} />
          <button type="button" disabled={pasted.trim() === ''} onClick={() => void actions.checkText(side, project, pasted)}>
            {t('metadata.pasteCheck')}
          </button>
        </div>
      )}
      {savedCopy && (
        <p className="hint">
          {t('metadata.savedCopy', { path: savedCopy })}{' '}
          <button type="button" disabled={reading.busy} onClick={() => void reading.start(() => actions.checkSaved(side, project))}>
            {t('metadata.checkSaved')}
          </button>
        </p>
      )}
      <OperationStatus run={run} activity={t('metadata.fetching', { url: url ?? '' })} onCancel={(operationId) => void actions.cancel(operationId)} />
      <OperationStatus run={reading.run} activity={t('operation.readingMetadata')} />
      {report && (
        <div className="metadata-report">
          <MetadataSource report={report} />
          {report.tls?.rejection && <UntrustedEndpoint side={side} project={project} tls={report.tls} />}
          {/* Main keeps the text of a file it read itself; a fetched, pasted or dropped document can be saved. */}
          {report.text !== null && (
            <>
              <p>
                <button
                  type="button"
                  disabled={projectFile === null || saving.busy}
                  aria-describedby={`${id}-save-hint`}
                  onClick={() => void saving.start(() => actions.save(side, report.text as string)).then((saved) => saved?.ok && setSavedAs(saved.value.path))}
                >
                  {t('metadata.save')}
                </button>{' '}
                <span id={`${id}-save-hint`} className="hint">
                  {projectFile === null ? t('metadata.saveNeedsProject') : savedAs ? t('metadata.saved', { path: savedAs }) : t('metadata.saveHint')}
                </span>
              </p>
              <OperationStatus run={saving.run} activity={t('operation.savingMetadata')} />
            </>
          )}
          {report.document && <MetadataDocumentFacts document={report.document} keyMatches={report.keyMatches} />}
          <FindingList id={`${id}-findings`} findings={report.findings} />
        </div>
      )}
    </section>
  );
}
