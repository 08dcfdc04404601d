/**
 * One certificate file checked for one role: read it (load-certificate.ts), verify its chain for `tls`, raise the
 * role's findings. Never fails: a file that cannot be read is a finding too.
 */
import { sortFindings, type Finding } from '../findings.js';
import type { TrustStore } from '../net/trust-store.js';
import { checkCertificate, type CertificateRole } from './check-certificate.js';
import { decodeCertificateFile, type LoadedCertificate } from './load-certificate.js';
import { loadErrorFinding } from './load-finding.js';
import { verifyChain, type ChainTrust } from './verify-chain.js';
import { daysLeft } from './x509.js';

export interface InspectOptions {
  role: CertificateRole;
  now: Date;
  /** The PFX (or encrypted PEM key) password; null when none was given. */
  password: string | null;
  /** oauth-issuer: the SIP domain the certificate must name. */
  sipDomain?: string | null;
  /** tls: the host name the certificate must name. */
  host?: string | null;
  /** tls: the roots the chain must lead to; without it the chain is not verified. */
  trustStore?: TrustStore | null;
  /** What the findings name; defaults to the file name. */
  subject?: string;
}

export interface CertificateInspection {
  role: CertificateRole;
  file: string;
  /** Null when the file could not be read (see the findings). */
  certificate: LoadedCertificate | null;
  daysLeft: number | null;
  /** tls with a trust store: how the chain verified. */
  trust: ChainTrust | null;
  /** Worst first. */
  findings: Finding[];
}

export function inspectCertificate(bytes: Uint8Array, fileName: string, options: InspectOptions): CertificateInspection {
  const subject = options.subject ?? fileName;
  const read = decodeCertificateFile(bytes, fileName, options.password);
  if (!read.ok) {
    return { role: options.role, file: fileName, certificate: null, daysLeft: null, trust: null, findings: [loadErrorFinding(read.error, options.role, subject)] };
  }
  const { format, leaf, chain, hasPrivateKey } = read.value;
  const certificate: LoadedCertificate = { format, leaf: leaf.facts, chain: chain.map((c) => c.facts), hasPrivateKey };
  const trust = options.role === 'tls' && options.trustStore ? verifyChain(leaf, chain, options.trustStore, options.now) : null;
  const findings = checkCertificate(certificate, {
    role: options.role,
    now: options.now,
    subject,
    sipDomain: options.sipDomain ?? null,
    host: options.host ?? null,
    trust,
  });
  return { role: options.role, file: fileName, certificate, daysLeft: daysLeft(leaf.facts, options.now), trust, findings: sortFindings(findings) };
}
