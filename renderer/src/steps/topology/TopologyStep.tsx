import type { Project } from '../../../../electron/core/model/project';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';
import { ExchangeServersField } from './ExchangeServersField';
import { TextField } from './TextField';
import type { OptionalTextField, RequiredTextField } from './topology-fields';
import { useProjectCheck } from './useProjectCheck';

const advancedFields = ['lyncMetadataUrl', 'exchangeMetadataUrl', 'exchangeEwsUrl'] as const;

/** Step 1: the names of both deployments, checked by the backend as the user types. */
export function TopologyStep({ project }: { project: Project }) {
  const edit = useWizard((state) => state.edit);
  const check = useProjectCheck(project);
  const findingsAbout = (subject: string) => check?.findings.filter((finding) => finding.subject === subject) ?? [];
  const resolved = check?.resolved;
  // A default derived from an empty name would only mislead.
  const derived = (source: string, value: string | undefined) => (source === '' ? undefined : value);

  const required = (name: RequiredTextField) => (
    <TextField name={name} value={project[name]} findings={findingsAbout(name)} onChange={(value) => edit({ [name]: value })} />
  );
  const optional = (name: OptionalTextField, placeholder: string | undefined) => (
    <TextField
      name={name}
      value={project[name] ?? ''}
      placeholder={placeholder}
      findings={findingsAbout(name)}
      onChange={(value) => edit({ [name]: value === '' ? null : value })}
    />
  );

  return (
    <>
      <p className="step-intro">{t('topology.intro')}</p>
      {required('sipDomain')}
      {optional('realm', derived(project.sipDomain, resolved?.realm))}
      {required('lyncPoolFqdn')}
      {required('exchangeAutodiscoverFqdn')}
      <ExchangeServersField servers={project.exchangeServers} findingsAbout={findingsAbout} onChange={(exchangeServers) => edit({ exchangeServers })} />
      {optional('exchangeInstallPath', t('field.exchangeInstallPath.placeholder'))}
      {required('testUserSipUri')}
      <details className="advanced">
        <summary>
          {t('topology.advanced')}
          {advancedFields.some((name) => findingsAbout(name).length > 0) && <span className="summary-note"> ({t('topology.advancedHasFindings')})</span>}
        </summary>
        <p className="hint">{t('topology.advancedHint')}</p>
        {optional('lyncMetadataUrl', derived(project.lyncPoolFqdn, resolved?.lyncMetadataUrl))}
        {optional('exchangeMetadataUrl', derived(project.exchangeAutodiscoverFqdn, resolved?.exchangeMetadataUrl))}
        {optional('exchangeEwsUrl', derived(project.exchangeAutodiscoverFqdn, resolved?.exchangeEwsUrl))}
      </details>
    </>
  );
}
