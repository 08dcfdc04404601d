/**
 * The certificates a TLS server presented, as plain facts: what the user sees before deciding to import a CA or
 * to pin the endpoint's certificate.
 */
import type { DetailedPeerCertificate } from 'node:tls';
import type { CertificateFacts } from '../certs/x509.js';

export type PresentedCertificateFacts = Pick<
  CertificateFacts,
  'subject' | 'issuer' | 'subjectAlternativeNames' | 'notBefore' | 'notAfter' | 'thumbprint' | 'sha256Fingerprint' | 'isCertificateAuthority' | 'selfSigned' | 'derBase64'
>;

export interface PresentedCertificate {
  /** `host:port` as the pins of the project key it. */
  endpoint: string;
  /** As the server sent it, leaf first, each certificate once. */
  chain: PresentedCertificateFacts[];
  /**
   * The top of the presented chain when it is a self-signed CA certificate (some servers send their root): what
   * "import this CA" adds. Null when the server did not send its root; the user then imports the CA file.
   */
  rootCa: PresentedCertificateFacts | null;
}

function distinguishedName(name: Record<string, string | string[] | undefined> | undefined): string {
  return Object.entries(name ?? {})
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join('+') : String(value)}`)
    .join(', ');
}

/**
 * The facts of a presented certificate from Node's own parse of it (done anyway during the handshake): no second
 * parse per connection, and it reads EC certificates too, which node-forge cannot.
 */
function factsOf(peer: DetailedPeerCertificate): PresentedCertificateFacts {
  const hex = (colonHex: string) => colonHex.replace(/:/g, '').toUpperCase();
  const subject = distinguishedName(peer.subject as unknown as Record<string, string>);
  const issuer = distinguishedName(peer.issuer as unknown as Record<string, string>);
  return {
    subject,
    issuer,
    subjectAlternativeNames: (peer.subjectaltname ?? '')
      .split(', ')
      .filter((entry) => /^(DNS|IP Address):/.test(entry))
      .map((entry) => entry.replace(/^(DNS|IP Address):/, '')),
    notBefore: new Date(peer.valid_from).toISOString(),
    notAfter: new Date(peer.valid_to).toISOString(),
    thumbprint: hex(peer.fingerprint),
    sha256Fingerprint: hex(peer.fingerprint256),
    isCertificateAuthority: peer.ca === true,
    // Node links a self-signed certificate to itself as its issuer.
    selfSigned: peer.issuerCertificate?.fingerprint256 === peer.fingerprint256 || subject === issuer,
    derBase64: peer.raw.toString('base64'),
  };
}

/** The chain from `TLSSocket.getPeerCertificate(true)`; null when the server presented nothing. */
export function presentedCertificateOf(endpoint: string, peer: DetailedPeerCertificate | null | undefined): PresentedCertificate | null {
  if (!peer || !peer.raw) return null;
  const chain: PresentedCertificateFacts[] = [];
  const seen = new Set<string>();
  // Node links each certificate to its issuer; a self-signed top links to itself.
  for (let current: DetailedPeerCertificate | undefined = peer; current?.raw; current = current.issuerCertificate) {
    const facts = factsOf(current);
    if (seen.has(facts.sha256Fingerprint)) break;
    seen.add(facts.sha256Fingerprint);
    chain.push(facts);
  }
  const top = chain[chain.length - 1];
  const rootCa = chain.length > 1 && top && top.selfSigned && top.isCertificateAuthority ? top : null;
  return { endpoint, chain, rootCa };
}

/** PEM text of one presented certificate. */
export function presentedCertificatePem(facts: Pick<PresentedCertificateFacts, 'derBase64'>): string {
  const lines = facts.derBase64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}
