import { useId, useState } from 'react';
import type { EndpointTls } from '../../../../electron/core/metadata/metadata-report';
import type { MetadataRole } from '../../../../electron/core/metadata/well-known-services';
import type { Project } from '../../../../electron/core/model/project';
import { OperationStatus } from '../../components/OperationStatus';
import { useOperation } from '../../components/use-operation';
import { formatDate, t } from '../../i18n';
import { useMetadataActions } from './use-metadata-actions';

type Pending = { kind: 'ca'; subject: string; fingerprint: string; derBase64: string } | { kind: 'pin'; fingerprint: string };

/**
 * An endpoint whose certificate was refused: what it presented, and the two ways to trust it here. Either way the
 * fingerprint is shown first and the user confirms it; nothing is trusted on a single click.
 */
export function UntrustedEndpoint({ side, project, tls }: { side: MetadataRole; project: Project; tls: EndpointTls }) {
  const id = useId();
  const actions = useMetadataActions();
  // Reading or writing the CA file the project will name; the fetch that follows shows its own progress.
  const adding = useOperation<unknown>();
  const [pending, setPending] = useState<Pending | null>(null);
  const leaf = tls.certificate?.chain[0];
  const root = tls.certificate?.rootCa ?? null;

  const confirm = async () => {
    if (!pending) return;
    setPending(null);
    if (pending.kind === 'ca') await adding.start(() => actions.trustCa(side, project, pending.derBase64));
    else await actions.pin(side, project, tls.endpoint, pending.fingerprint);
  };

  return (
    <section className="untrusted-endpoint" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('metadata.tls.untrusted', { endpoint: tls.endpoint })}</h4>
      {leaf && (
        <dl className="facts" aria-label={t('metadata.tls.presented')}>
          <dt>{t('metadata.tls.subject')}</dt>
          <dd>{leaf.subject}</dd>
          <dt>{t('metadata.tls.issuer')}</dt>
          <dd>{leaf.issuer}</dd>
          <dt>{t('metadata.tls.names')}</dt>
          <dd>{leaf.subjectAlternativeNames.join(', ') || t('metadata.fact.none')}</dd>
          <dt>{t('metadata.tls.validity')}</dt>
          <dd>{t('metadata.tls.validityValue', { from: formatDate(leaf.notBefore), to: formatDate(leaf.notAfter) })}</dd>
          <dt>{t('metadata.tls.sha256')}</dt>
          <dd>
            <code>{leaf.sha256Fingerprint}</code>
          </dd>
          <dt>{t('metadata.tls.sha1')}</dt>
          <dd>
            <code>{leaf.thumbprint}</code>
          </dd>
        </dl>
      )}
      {tls.certificate && tls.certificate.chain.length > 1 && <p className="hint">{t('metadata.tls.chain', { subjects: tls.certificate.chain.map((c) => c.subject).join(' ← ') })}</p>}
      <p className="hint">{t('metadata.tls.serversToo')}</p>
      {pending === null ? (
        <div className="metadata-actions">
          {root ? (
            <button type="button" onClick={() => setPending({ kind: 'ca', subject: root.subject, fingerprint: root.sha256Fingerprint, derBase64: root.derBase64 })}>
              {t('metadata.tls.trustCa')}
            </button>
          ) : (
            <button type="button" onClick={() => void adding.start(() => actions.addCaFile(side, project))}>
              {t('metadata.tls.addCaFile')}
            </button>
          )}
          {leaf && (
            <button type="button" onClick={() => setPending({ kind: 'pin', fingerprint: leaf.sha256Fingerprint })}>
              {t('metadata.tls.pin')}
            </button>
          )}
          {!root && <p className="hint">{t('metadata.tls.noRoot')}</p>}
        </div>
      ) : (
        <div className="metadata-confirm" role="group" aria-labelledby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            <strong>{pending.kind === 'ca' ? t('metadata.tls.confirmCa', { subject: pending.subject }) : t('metadata.tls.confirmPin', { endpoint: tls.endpoint })}</strong>
          </p>
          <p>
            <code className="fingerprint">{t('metadata.tls.confirmFingerprint', { fingerprint: pending.fingerprint })}</code>
          </p>
          <p className="hint">{t('metadata.tls.confirmCompare')}</p>
          <button type="button" onClick={() => void confirm()}>
            {pending.kind === 'ca' ? t('metadata.tls.confirmCaButton') : t('metadata.tls.confirmPinButton')}
          </button>{' '}
          <button type="button" onClick={() => setPending(null)}>
            {t('metadata.cancel')}
          </button>
        </div>
      )}
      <OperationStatus run={adding.run} activity={t('operation.addingCa')} />
    </section>
  );
}
