import { useId, useState, type FormEvent } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { CertificateSlot } from '../../../../electron/shared/channels/certificate-channels';
import { DropZone } from '../../components/DropZone';
import { OperationStatus } from '../../components/OperationStatus';
import { t } from '../../i18n';
import { usePublishStepFindings } from '../../store/step-status-context';
import { CertificateFactsList } from './CertificateFactsList';
import { FindingsWithCopy } from './FindingsWithCopy';
import { useCertificateSlot } from './useCertificateSlot';

function PasswordForm({ file, onSubmit }: { file: string; onSubmit(password: string): Promise<void> }) {
  const id = useId();
  const [password, setPassword] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const typed = password;
    setPassword('');
    await onSubmit(typed);
  };
  return (
    <form className="password-form" onSubmit={submit}>
      <label htmlFor={`${id}-password`}>{t('certificates.password.label', { file })}</label>
      <input id={`${id}-password`} type="password" autoComplete="off" value={password} aria-describedby={`${id}-hint`} onChange={(event) => setPassword(event.target.value)} />
      <button type="submit">{t('certificates.password.open')}</button>
      <p id={`${id}-hint`} className="hint">
        {t('certificates.password.hint')}
      </p>
    </form>
  );
}

/** One certificate of the step: pick or drop its file, a password when it needs one, its card. */
export function CertificateSlotPanel({ slot, project }: { slot: CertificateSlot; project: Project }) {
  const id = useId();
  const state = useCertificateSlot(slot, project);
  usePublishStepFindings('certificates', state.card?.findings, { part: slot, complete: state.card?.certificate != null });
  const title = t(`certificates.slot.${slot}.title`);
  const { card } = state;

  return (
    <section className="certificate-slot" aria-labelledby={`${id}-title`} data-slot={slot}>
      <h3 id={`${id}-title`}>{title}</h3>
      <p className="hint">{t(`certificates.slot.${slot}.hint`)}</p>
      <DropZone label={t('certificates.dropZone', { title })} onFile={(file) => void state.drop(file)}>
        <button type="button" aria-label={t('certificates.chooseFor', { title })} onClick={() => void state.pick()}>
          {t('certificates.choose')}
        </button>
        <span> {t('certificates.drop')}</span>
      </DropZone>
      <OperationStatus run={state.run} activity={t('operation.readingCertificate')} />
      {card && (
        <article className="certificate-card" aria-label={card.fileName} data-card={slot}>
          <header className="certificate-card-header">
            <h4>{card.fileName}</h4>
            <button type="button" aria-label={t('certificates.removeFor', { title })} onClick={() => void state.forget()}>
              {t('certificates.remove')}
            </button>
          </header>
          <p className="hint">{card.projectPath === null ? t('certificates.dropped') : t('certificates.recordedAs', { path: card.projectPath })}</p>
          {card.needsPassword && <PasswordForm file={card.fileName} onSubmit={state.submitPassword} />}
          <FindingsWithCopy id={`${id}-findings`} findings={card.findings} />
          {card.certificate && <CertificateFactsList facts={card.certificate.leaf} daysLeft={card.daysLeft} file={card.certificate} />}
        </article>
      )}
    </section>
  );
}
