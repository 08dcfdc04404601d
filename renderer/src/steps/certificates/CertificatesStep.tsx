import type { Project } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { useProjectCheck } from '../topology/useProjectCheck';
import { CertificateSlotPanel } from './CertificateSlotPanel';
import { EndpointProbePanel } from './EndpointProbePanel';
import { TrustedCaPanel } from './TrustedCaPanel';

/** Step 2: the OAuthTokenIssuer and Exchange Auth certificates, trusted CAs, and the endpoints' TLS certificates. */
export function CertificatesStep({ project }: { project: Project }) {
  const check = useProjectCheck(project);
  const resolved = check?.resolved;
  return (
    <>
      <p className="step-intro">{t('certificates.intro')}</p>
      <CertificateSlotPanel slot="oauthIssuer" project={project} />
      <CertificateSlotPanel slot="exchangeAuth" project={project} />
      <TrustedCaPanel project={project} />
      <section className="endpoint-probes" aria-labelledby="probe-title">
        <h3 id="probe-title">{t('certificates.probe.title')}</h3>
        <p className="hint">{t('certificates.probe.hint')}</p>
        <EndpointProbePanel endpoint="pool" project={project} target={project.lyncMetadataUrl ?? (project.lyncPoolFqdn ? (resolved?.lyncMetadataUrl ?? null) : null)} />
        <EndpointProbePanel endpoint="autodiscover" project={project} target={project.exchangeMetadataUrl ?? (project.exchangeAutodiscoverFqdn ? (resolved?.exchangeMetadataUrl ?? null) : null)} />
      </section>
    </>
  );
}
