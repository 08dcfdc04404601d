import { useId, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { TrustedCaFile } from '../../../../electron/shared/channels/certificate-channels';
import { OperationStatus } from '../../components/OperationStatus';
import { useOperation } from '../../components/use-operation';
import { t } from '../../i18n';
import { useWizard } from '../../store/wizard-store-context';

/** The project's `trustedCaFiles`: CA files the probes trust besides the bundled and system roots. */
export function TrustedCaPanel({ project }: { project: Project }) {
  const id = useId();
  const edit = useWizard((state) => state.edit);
  const [added, setAdded] = useState<string | null>(null);
  const reading = useOperation<TrustedCaFile | null>();

  const add = async () => {
    const result = await reading.start(() => window.s2s.pickTrustedCa());
    if (!result?.ok || result.value === null) return;
    const { path, subjects } = result.value;
    if (!project.trustedCaFiles.includes(path)) edit({ trustedCaFiles: [...project.trustedCaFiles, path] });
    setAdded(t('certificates.ca.added', { subjects: subjects.join('; ') }));
  };

  return (
    <section className="trusted-cas" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('certificates.ca.title')}</h3>
      <p className="hint">{t('certificates.ca.hint')}</p>
      {project.trustedCaFiles.length === 0 ? (
        <p>{t('certificates.ca.none')}</p>
      ) : (
        <ul className="ca-list">
          {project.trustedCaFiles.map((path) => (
            <li key={path}>
              <code>{path}</code>{' '}
              <button
                type="button"
                aria-label={t('certificates.ca.removeLabel', { path })}
                onClick={() => edit({ trustedCaFiles: project.trustedCaFiles.filter((p) => p !== path) })}
              >
                {t('certificates.ca.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={reading.busy} onClick={() => void add()}>
        {t('certificates.ca.add')}
      </button>
      <OperationStatus run={reading.run} activity={t('operation.readingCa')} />
      <p role="status">{added ?? ''}</p>
    </section>
  );
}
