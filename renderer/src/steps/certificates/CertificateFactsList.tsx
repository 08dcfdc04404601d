import type { ReactNode } from 'react';
import type { CertificateFacts } from '../../../../electron/core/certs/x509';
import type { LoadedCertificate } from '../../../../electron/core/certs/load-certificate';
import { formatDateTime, t } from '../../i18n';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The facts of a certificate (and its chain) as a description list. */
export function CertificateFactsList({ facts, daysLeft, file }: { facts: CertificateFacts; daysLeft: number | null; file?: Pick<LoadedCertificate, 'format' | 'hasPrivateKey' | 'chain'> }) {
  const none = t('certificates.fact.none');
  return (
    <dl className="certificate-facts">
      {file && <Fact label={t('certificates.fact.format')}>{file.format.toUpperCase()}</Fact>}
      <Fact label={t('certificates.fact.subject')}>{facts.subject}</Fact>
      <Fact label={t('certificates.fact.issuer')}>{facts.selfSigned ? t('certificates.fact.selfSigned', { issuer: facts.issuer }) : facts.issuer}</Fact>
      <Fact label={t('certificates.fact.sans')}>{facts.subjectAlternativeNames.join(', ') || none}</Fact>
      <Fact label={t('certificates.fact.serial')}>{facts.serialNumber}</Fact>
      <Fact label={t('certificates.fact.validity')}>{t('certificates.fact.validityValue', { from: formatDateTime(facts.notBefore), to: formatDateTime(facts.notAfter) })}</Fact>
      {daysLeft !== null && (
        <Fact label={t('certificates.fact.daysLeft')}>{daysLeft < 0 ? t('certificates.fact.expiredDaysAgo', { days: -daysLeft }) : String(daysLeft)}</Fact>
      )}
      <Fact label={t('certificates.fact.key')}>{t('certificates.fact.keyValue', { algorithm: facts.keyAlgorithm, bits: facts.keyBits })}</Fact>
      <Fact label={t('certificates.fact.signature')}>{facts.signatureAlgorithm}</Fact>
      <Fact label={t('certificates.fact.eku')}>{facts.extendedKeyUsages.join(', ') || none}</Fact>
      {file && <Fact label={t('certificates.fact.privateKey')}>{file.hasPrivateKey ? t('certificates.fact.present') : t('certificates.fact.absent')}</Fact>}
      <Fact label={t('certificates.fact.thumbprint')}>
        <code>{facts.thumbprint}</code>
      </Fact>
      <Fact label={t('certificates.fact.sha256')}>
        <code className="long-code">{facts.sha256Fingerprint}</code>
      </Fact>
      <Fact label={t('certificates.fact.x5t')}>
        <code>{facts.x5t}</code>
      </Fact>
      {file && file.chain.length > 0 && (
        <Fact label={t('certificates.fact.chain')}>
          <ol className="certificate-chain">
            {file.chain.map((c) => (
              <li key={c.thumbprint}>{t('certificates.fact.chainEntry', { subject: c.subject, notAfter: formatDateTime(c.notAfter) })}</li>
            ))}
          </ol>
        </Fact>
      )}
    </dl>
  );
}
