import { useId } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { ProbeEndpoint } from '../../../../electron/shared/channels/certificate-channels';
import { t } from '../../i18n';
import { CertificateFactsList } from './CertificateFactsList';
import { FindingsWithCopy } from './FindingsWithCopy';
import { useEndpointProbe } from './useEndpointProbe';

/** One "probe" button with its progress, its cancel and the card of what the endpoint presented. */
export function EndpointProbePanel({ endpoint, project, target }: { endpoint: ProbeEndpoint; project: Project; target: string | null }) {
  const id = useId();
  const { state, run, cancel } = useEndpointProbe(endpoint);
  const label = t(`certificates.probe.${endpoint}`);
  const running = state.status === 'running';
  return (
    <div className="endpoint-probe" data-endpoint={endpoint}>
      <p className="hint">{target ? t('certificates.probe.target', { target }) : t('certificates.probe.needsName')}</p>
      <button type="button" disabled={!target || running} onClick={() => void run(project)}>
        {label}
      </button>
      {running && (
        <div className="probe-progress" role="status">
          <progress aria-label={t('certificates.probe.running', { target: target ?? '' })} />
          <span> {t('certificates.probe.running', { target: target ?? '' })} </span>
          <button type="button" onClick={() => void cancel()}>
            {t('certificates.probe.cancel')}
          </button>
        </div>
      )}
      {state.status === 'cancelled' && <p role="status">{t('certificates.probe.cancelled')}</p>}
      {state.status === 'failed' && (
        <p role="alert" className="probe-failed">
          {t('certificates.probe.failed', { message: state.message })}
        </p>
      )}
      {state.status === 'done' && (
        <article className="certificate-card" aria-label={state.report.endpoint} data-probe={endpoint}>
          <h4>{t('certificates.probe.connected', { endpoint: state.report.endpoint, protocol: state.report.protocol ?? 'TLS' })}</h4>
          <p>{state.report.verification.trusted ? t('certificates.probe.trusted') : t('certificates.probe.untrusted', { error: state.report.verification.error ?? '' })}</p>
          {state.report.unreadable > 0 && <p className="hint">{t('certificates.probe.unreadable', { count: state.report.unreadable })}</p>}
          <FindingsWithCopy id={`${id}-findings`} findings={state.report.findings} />
          {state.report.chain[0] && <CertificateFactsList facts={state.report.chain[0]} daysLeft={state.report.daysLeft} />}
        </article>
      )}
    </div>
  );
}
