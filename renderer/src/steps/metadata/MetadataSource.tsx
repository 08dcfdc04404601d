import type { MetadataReport } from '../../../../electron/core/metadata/metadata-report';
import { t } from '../../i18n';

/** Where the document came from, and how the endpoint's TLS went when it was fetched. */
export function MetadataSource({ report }: { report: MetadataReport }) {
  const { source, tls } = report;
  return (
    <div className="metadata-source">
      {source.kind === 'url' && (
        <p>
          {source.status === null
            ? t('metadata.source.urlFailed', { url: source.url })
            : t('metadata.source.url', { url: source.finalUrl, status: source.status, contentType: source.contentType ?? '', ms: source.elapsedMs })}
          {source.redirects.length > 0 && ` ${t('metadata.source.redirects', { urls: source.redirects.join(', ') })}`}
        </p>
      )}
      {source.kind === 'file' && <p>{source.dropped ? t('drop.metadata.source', { file: source.file }) : t('metadata.source.file', { file: source.file })}</p>}
      {source.kind === 'text' && <p>{t('metadata.source.text')}</p>}
      {tls && tls.rejection === null && <p className="hint">{t(tls.pinned ? 'metadata.tls.pinned' : 'metadata.tls.trusted', { endpoint: tls.endpoint })}</p>}
    </div>
  );
}
