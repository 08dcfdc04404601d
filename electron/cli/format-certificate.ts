/** A certificate's facts as a person reads them in a console. */
import type { CertificateInspection } from '../core/certs/inspect-certificate.js';
import type { CertificateFacts } from '../core/certs/x509.js';

const roleNames = { 'oauth-issuer': 'Lync/SfB OAuthTokenIssuer', 'exchange-auth': 'Exchange Server Auth Certificate', tls: 'TLS endpoint certificate' } as const;

function factLines(facts: CertificateFacts, daysLeft: number | null): string[] {
  const lines = [
    `  Subject:       ${facts.subject}`,
    `  Issuer:        ${facts.issuer}${facts.selfSigned ? ' (self-signed)' : ''}`,
    `  SANs:          ${facts.subjectAlternativeNames.join(', ') || '(none)'}`,
    `  Serial:        ${facts.serialNumber}`,
    `  Valid:         ${facts.notBefore} to ${facts.notAfter}${daysLeft === null ? '' : daysLeft < 0 ? ` (expired ${-daysLeft} day(s) ago)` : ` (${daysLeft} day(s) left)`}`,
    `  Key:           ${facts.keyAlgorithm} ${facts.keyBits} bits`,
    `  Signature:     ${facts.signatureAlgorithm}`,
    `  EKU:           ${facts.extendedKeyUsages.join(', ') || '(none)'}`,
    `  Thumbprint:    ${facts.thumbprint}   (SHA-1, as Windows shows it)`,
    `  SHA-256:       ${facts.sha256Fingerprint}`,
    `  x5t:           ${facts.x5t}`,
  ];
  return lines;
}

export function formatInspection(inspection: CertificateInspection): string {
  const lines = [`${inspection.file} (${roleNames[inspection.role]})`];
  const certificate = inspection.certificate;
  if (certificate) {
    lines.push(`  Format:        ${certificate.format.toUpperCase()}${certificate.format === 'pfx' || certificate.hasPrivateKey ? `, private key ${certificate.hasPrivateKey ? 'present' : 'absent'}` : ''}`);
    lines.push(...factLines(certificate.leaf, inspection.daysLeft));
    certificate.chain.forEach((c, i) => lines.push(`  Chain ${i + 1}:       ${c.subject} (until ${c.notAfter}, ${c.thumbprint})`));
  }
  if (inspection.trust) lines.push(`  Chain trust:   ${inspection.trust.trusted ? 'leads to a trusted root' : `not trusted: ${inspection.trust.reason}`}`);
  return `${lines.join('\n')}\n`;
}
