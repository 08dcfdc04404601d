import { useId } from 'react';
import type { KeyMatch } from '../../../../electron/core/metadata/cross-check-keys';
import type { MetadataDocument } from '../../../../electron/core/metadata/metadata-document';
import { formatDate, t } from '../../i18n';

function text(value: string | null): string {
  return value === null ? t('metadata.fact.none') : value === '' ? t('metadata.fact.empty') : value;
}

/** What the document says: service, issuer, realm, and each key with its thumbprints, expiry and match. */
export function MetadataDocumentFacts({ document, keyMatches }: { document: MetadataDocument; keyMatches: KeyMatch[] }) {
  const id = useId();
  const listed = document.endpoints.map((e) => e.location).filter((l): l is string => l !== null);
  return (
    <div className="metadata-facts">
      <dl className="facts">
        <dt>{t('metadata.fact.service')}</dt>
        <dd>{text(document.serviceName)}</dd>
        <dt>{t('metadata.fact.issuer')}</dt>
        <dd>{text(document.issuer)}</dd>
        <dt>{t('metadata.fact.realm')}</dt>
        <dd>{text(document.realm)}</dd>
      </dl>
      <h4 id={`${id}-keys`} className="metadata-keys-title">
        {t('metadata.keys.caption', { count: document.keys.length })}
      </h4>
      <ul className="metadata-keys" aria-labelledby={`${id}-keys`}>
        {document.keys.map((key) => {
          const matches = keyMatches.filter((m) => m.keyIndex === key.index).map((m) => m.file);
          const facts = key.certificate;
          return (
            <li key={key.index} data-key-index={key.index}>
              <dl className="facts">
                <dt>{t('metadata.keys.index')}</dt>
                <dd>{key.index}</dd>
                <dt>{t('metadata.keys.subject')}</dt>
                <dd>{facts ? facts.subject : t('metadata.keys.unreadable')}</dd>
                {facts && (
                  <>
                    <dt>{t('metadata.keys.thumbprint')}</dt>
                    <dd>
                      <code>{facts.thumbprint}</code>
                    </dd>
                    <dt>{t('metadata.keys.x5t')}</dt>
                    <dd>
                      <code>{facts.x5t}</code>
                    </dd>
                    <dt>{t('metadata.keys.expires')}</dt>
                    <dd>{formatDate(facts.notAfter)}</dd>
                  </>
                )}
                {matches.length > 0 && (
                  <>
                    <dt>{t('metadata.keys.match')}</dt>
                    <dd>{t('metadata.keys.matches', { file: matches.join(', ') })}</dd>
                  </>
                )}
              </dl>
            </li>
          );
        })}
      </ul>
      {listed.length > 0 && <p className="hint">{t('metadata.endpoints', { locations: listed.join(', ') })}</p>}
    </div>
  );
}
