import { useId } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { TlsProbeReport } from '../../../../electron/core/net/tls-probe';
import type { ProbeEndpoint } from '../../../../electron/shared/channels/certificate-channels';
import { OperationStatus } from '../../components/OperationStatus';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { CertificateFactsList } from './CertificateFactsList';
import { FindingsWithCopy } from './FindingsWithCopy';

/** One "probe" button with its progress, its cancel and the card of what the endpoint presented. */
export function EndpointProbePanel({ endpoint, project, target }: { endpoint: ProbeEndpoint; project: Project; target: string | null }) {
  const id = useId();
  const { run: state, start, busy } = useOperation<TlsProbeReport>();
  usePublishStepFindings('certificates', state.status === 'done' ? state.result.findings : null, { part: `probe-${endpoint}` });
  const label = t(`certificates.probe.${endpoint}`);
  const report = state.status === 'done' ? state.result : null;
  return (
    <div className="endpoint-probe" data-endpoint={endpoint}>
      <p className="hint">{target ? t('certificates.probe.target', { target }) : t('certificates.probe.needsName')}</p>
      <button type="button" disabled={!target || busy} onClick={() => void start((operationId) => window.s2s.probeEndpoint(operationId, endpoint, project))}>
        {label}
      </button>
      <OperationStatus run={state} activity={t('certificates.probe.running', { target: target ?? '' })} onCancel={(operationId) => void window.s2s.cancelProbe(operationId)} />
      {report && (
        <article className="certificate-card" aria-label={report.endpoint} data-probe={endpoint}>
          <h4>{t('certificates.probe.connected', { endpoint: report.endpoint, protocol: report.protocol ?? 'TLS' })}</h4>
          <p>{report.verification.trusted ? t('certificates.probe.trusted') : t('certificates.probe.untrusted', { error: report.verification.error ?? '' })}</p>
          {report.unreadable > 0 && <p className="hint">{t('certificates.probe.unreadable', { count: report.unreadable })}</p>}
          <FindingsWithCopy id={`${id}-findings`} findings={report.findings} />
          {report.chain[0] && <CertificateFactsList facts={report.chain[0]} daysLeft={report.daysLeft} />}
        </article>
      )}
    </div>
  );
}
