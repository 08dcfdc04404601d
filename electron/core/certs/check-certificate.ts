/**
 * The checks by role (design.md §5 `cert.*`, facts from domain.md §3), on a certificate already read:
 * - `oauth-issuer`: Lync/SfB's OAuthTokenIssuer certificate;
 * - `exchange-auth`: the "Microsoft Exchange Server Auth Certificate";
 * - `tls`: the certificate an endpoint presents on 443.
 * Expiry thresholds follow Exchange HealthChecker: an error under 30 days, a warning under 60.
 */
import { finding, type Finding, type Severity } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { canRollOAuthIssuer, exchangeAuthFixes, oauthIssuerFixes, tlsFixes } from './cert-fixes.js';
import { certificateNamesHost, namesOf } from './host-name.js';
import type { CertificateFormat } from './load-certificate.js';
import type { ChainTrust } from './verify-chain.js';
import { daysLeft, type CertificateFacts } from './x509.js';

export type CertificateRole = 'oauth-issuer' | 'exchange-auth' | 'tls';
export const certificateRoles: readonly CertificateRole[] = ['oauth-issuer', 'exchange-auth', 'tls'];

export const expiryErrorDays = 30;
export const expiryWarningDays = 60;
export const minimumKeyBits = 2048;

export interface CheckedCertificate {
  format: CertificateFormat | 'presented';
  leaf: CertificateFacts;
  chain: readonly CertificateFacts[];
  hasPrivateKey: boolean;
}

export interface RoleCheckOptions {
  role: CertificateRole;
  now: Date;
  /** What the findings name: the file, or `host:port` for a live endpoint. */
  subject: string;
  /** oauth-issuer: the SIP domain the subject or a SAN must hold (skipped when absent). */
  sipDomain?: string | null;
  /** tls: the host name the certificate must name (skipped when absent). */
  host?: string | null;
  /** tls: the chain's verification against the trust store (skipped when absent). */
  trust?: ChainTrust | null;
}

const roleNames: Record<CertificateRole, Message> = {
  'oauth-issuer': msg('cert.role.oauth-issuer'),
  'exchange-auth': msg('cert.role.exchange-auth'),
  tls: msg('cert.role.tls'),
};

function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

function expiryFix(role: CertificateRole, leaf: CertificateFacts, now: Date, endpoint: string, expired: boolean): Message {
  if (role === 'oauth-issuer') return expired || !canRollOAuthIssuer(leaf, now) ? oauthIssuerFixes.replaceNow : oauthIssuerFixes.roll(leaf.notAfter);
  if (role === 'exchange-auth') return expired ? exchangeAuthFixes.replaceNow : exchangeAuthFixes.stageNext;
  return tlsFixes.renew(endpoint);
}

/** A new certificate is needed (key size, hash): the role's way to put one in place. */
function replacementFix(role: CertificateRole, leaf: CertificateFacts, now: Date, endpoint: string): Message {
  if (role === 'oauth-issuer') return canRollOAuthIssuer(leaf, now) ? oauthIssuerFixes.roll(leaf.notAfter) : oauthIssuerFixes.replaceNow;
  if (role === 'exchange-auth') return exchangeAuthFixes.stageNext;
  return tlsFixes.renew(endpoint);
}

function validityFindings(role: CertificateRole, leaf: CertificateFacts, now: Date, subject: string, endpoint: string): Finding[] {
  const what = roleNames[role];
  if (now.getTime() < Date.parse(leaf.notBefore)) {
    return [
      finding('cert.not-yet-valid', 'error', {
        subject,
        detail: msg(role === 'tls' ? 'cert.not-yet-valid.detail.tls' : 'cert.not-yet-valid.detail.signing', { what, notBefore: { instant: leaf.notBefore } }),
        fix:
          role === 'oauth-issuer'
            ? msg('cert.not-yet-valid.fix.oauth-issuer', {
                notBefore: { instant: leaf.notBefore },
                command: `Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${leaf.thumbprint} -Roll -EffectiveDate <a date after ${dateOnly(leaf.notBefore)}>`,
              })
            : msg('cert.not-yet-valid.fix'),
      }),
    ];
  }
  const left = daysLeft(leaf, now);
  if (now.getTime() > Date.parse(leaf.notAfter)) {
    return [
      finding('cert.expired', 'error', {
        subject,
        detail: msg(role === 'tls' ? 'cert.expired.detail.tls' : 'cert.expired.detail.signing', { what, notAfter: { instant: leaf.notAfter }, days: -left }),
        fix: expiryFix(role, leaf, now, endpoint, true),
      }),
    ];
  }
  if (left < expiryWarningDays) {
    const severity: Severity = left < expiryErrorDays ? 'error' : 'warning';
    return [
      finding('cert.expires-soon', severity, {
        subject,
        detail: msg('cert.expires-soon.detail', { what, notAfter: { instant: leaf.notAfter }, days: left, errorDays: expiryErrorDays, warningDays: expiryWarningDays }),
        fix: expiryFix(role, leaf, now, endpoint, false),
      }),
    ];
  }
  return [];
}

function keyFindings(role: CertificateRole, leaf: CertificateFacts, now: Date, subject: string, endpoint: string): Finding[] {
  if (leaf.keyBits >= minimumKeyBits) return [];
  return [
    finding('cert.key-too-small', 'error', {
      subject,
      // Key sizes are written as they are (2048), not as grouped numbers.
      detail: msg(role === 'oauth-issuer' ? 'cert.key-too-small.detail.oauth-issuer' : 'cert.key-too-small.detail', {
        what: roleNames[role],
        bits: String(leaf.keyBits),
        minimum: String(minimumKeyBits),
      }),
      fix: msg('cert.key-too-small.fix', { minimum: String(minimumKeyBits), replacement: replacementFix(role, leaf, now, endpoint) }),
    }),
  ];
}

const weakHash = /^(sha1|md5|md2)With|^ecdsa-with-SHA1$/i;

function signatureFindings(role: CertificateRole, certificate: CheckedCertificate, now: Date, subject: string, endpoint: string): Finding[] {
  // The leaf, and for TLS the issuers that are not roots (a root's own signature is never checked).
  const signedBy = role === 'tls' ? [certificate.leaf, ...certificate.chain.filter((c) => !c.selfSigned)] : [certificate.leaf];
  const weak = signedBy.filter((c) => weakHash.test(c.signatureAlgorithm));
  if (weak.length === 0) return [];
  const broken = weak.some((c) => /^md/i.test(c.signatureAlgorithm));
  const issuers = weak.filter((c) => c !== certificate.leaf).map((c) => `${c.subject} (${c.signatureAlgorithm})`).join(', ');
  const leafWeak = weak[0] === certificate.leaf;
  const algorithm = certificate.leaf.signatureAlgorithm;
  const listed = !leafWeak
    ? issuers
    : issuers === ''
      ? msg('cert.weak-signature.listed.leaf', { algorithm })
      : msg('cert.weak-signature.listed.leaf-and-issuers', { algorithm, issuers });
  return [
    finding('cert.weak-signature', broken ? 'error' : 'warning', {
      subject,
      detail: msg(broken ? 'cert.weak-signature.detail.broken' : 'cert.weak-signature.detail.deprecated', { listed }),
      fix: msg('cert.weak-signature.fix', { replacement: replacementFix(role, certificate.leaf, now, endpoint) }),
    }),
  ];
}

function privateKeyFindings(role: CertificateRole, certificate: CheckedCertificate, subject: string): Finding[] {
  if (role !== 'oauth-issuer' || certificate.hasPrivateKey) return [];
  // A PFX is what one imports: without the key it cannot serve. A .cer or PEM is a fine thing to check.
  const forImport = certificate.format === 'pfx';
  return [
    finding('cert.no-private-key', forImport ? 'error' : 'info', {
      subject,
      detail: msg(forImport ? 'cert.no-private-key.detail.pfx' : 'cert.no-private-key.detail.certificate-only'),
      fix: forImport ? oauthIssuerFixes.importWithKey : oauthIssuerFixes.assignExisting(certificate.leaf.thumbprint),
    }),
  ];
}

function sipDomainFindings(leaf: CertificateFacts, sipDomain: string, subject: string): Finding[] {
  const domain = sipDomain.toLowerCase();
  const names = [...new Set([leaf.subjectCommonName, ...leaf.subjectAlternativeNames].filter((n): n is string => n !== null).map((n) => n.toLowerCase()))];
  if (names.includes(domain)) return [];
  // Lync 2013's certificate tables show the server FQDN as subject, the SfB docs the SIP domain: a name under the
  // SIP domain is a warning, anything else an error.
  const underDomain = names.some((n) => n.endsWith(`.${domain}`));
  return [
    finding('cert.subject-missing-sip-domain', underDomain ? 'warning' : 'error', {
      subject,
      detail: underDomain
        ? msg('cert.subject-missing-sip-domain.detail.under-domain', { names: names.join(', '), sipDomain })
        : names.length > 0
          ? msg('cert.subject-missing-sip-domain.detail', { sipDomain, names: names.join(', ') })
          : msg('cert.subject-missing-sip-domain.detail.no-names', { sipDomain }),
      fix: msg('cert.subject-missing-sip-domain.fix', { sipDomain, current: oauthIssuerFixes.current }),
    }),
  ];
}

function selfSignedFindings(role: CertificateRole, leaf: CertificateFacts, subject: string): Finding[] {
  if (!leaf.selfSigned) return [];
  const details: Record<CertificateRole, [Severity, Message, Message]> = {
    'exchange-auth': ['info', msg('cert.self-signed.detail.exchange-auth'), exchangeAuthFixes.current],
    'oauth-issuer': ['info', msg('cert.self-signed.detail.oauth-issuer'), oauthIssuerFixes.current],
    tls: ['warning', msg('cert.self-signed.detail.tls'), tlsFixes.trust],
  };
  const [severity, detail, fix] = details[role];
  return [finding('cert.self-signed', severity, { subject, detail, fix })];
}

/** Also raised for a live endpoint whose certificate this tool cannot read but Node refused for its name. */
export function hostnameMismatchFinding(subject: string, host: string, names: readonly string[] | null): Finding {
  return finding('cert.hostname-mismatch', 'error', {
    subject,
    detail:
      names === null
        ? msg('cert.hostname-mismatch.detail', { host })
        : names.length > 0
          ? msg('cert.hostname-mismatch.detail.names', { host, names: names.join(', ') })
          : msg('cert.hostname-mismatch.detail.no-names', { host }),
    fix: tlsFixes.hostname(host),
  });
}

/** Also raised for a live endpoint from Node's own verification. */
export function untrustedChainFinding(subject: string, reason: Message): Finding {
  return finding('cert.untrusted-chain', 'error', {
    subject,
    detail: msg('cert.untrusted-chain.detail', { reason }),
    fix: tlsFixes.trust,
  });
}

function tlsFindings(certificate: CheckedCertificate, options: RoleCheckOptions): Finding[] {
  const { leaf } = certificate;
  const out: Finding[] = [];
  if (options.host && !certificateNamesHost(leaf, options.host)) out.push(hostnameMismatchFinding(options.subject, options.host, namesOf(leaf)));
  if (options.trust && !options.trust.trusted) out.push(untrustedChainFinding(options.subject, options.trust.reasonMessage));
  const ekus = leaf.extendedKeyUsages;
  if (ekus.length > 0 && !ekus.includes('serverAuth') && !ekus.includes('2.5.29.37.0')) {
    out.push(
      finding('cert.no-server-auth', 'error', {
        subject: options.subject,
        detail: msg('cert.no-server-auth.detail', { usages: ekus.join(', ') }),
        fix: tlsFixes.serverAuth,
      }),
    );
  }
  return out;
}

/** Every finding for one certificate in one role, worst first left to the caller. */
export function checkCertificate(certificate: CheckedCertificate, options: RoleCheckOptions): Finding[] {
  const { role, now, subject } = options;
  const { leaf } = certificate;
  // What a TLS fix names: the host when known, else the file.
  const endpoint = options.host ?? subject;
  return [
    ...validityFindings(role, leaf, now, subject, endpoint),
    ...keyFindings(role, leaf, now, subject, endpoint),
    ...signatureFindings(role, certificate, now, subject, endpoint),
    ...privateKeyFindings(role, certificate, subject),
    ...(role === 'oauth-issuer' && options.sipDomain ? sipDomainFindings(leaf, options.sipDomain, subject) : []),
    ...selfSignedFindings(role, leaf, subject),
    ...(role === 'tls' ? tlsFindings(certificate, options) : []),
  ];
}
