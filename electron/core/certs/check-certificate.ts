/**
 * The checks by role (design.md §5 `cert.*`, facts from domain.md §3), on a certificate already read:
 * - `oauth-issuer`: Lync/SfB's OAuthTokenIssuer certificate;
 * - `exchange-auth`: the "Microsoft Exchange Server Auth Certificate";
 * - `tls`: the certificate an endpoint presents on 443.
 * Expiry thresholds follow Exchange HealthChecker: an error under 30 days, a warning under 60.
 */
import { finding, type Finding, type Severity } from '../findings.js';
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

const roleNames: Record<CertificateRole, string> = {
  'oauth-issuer': 'OAuthTokenIssuer certificate',
  'exchange-auth': 'Exchange Auth certificate',
  tls: 'TLS certificate',
};

function dateOnly(iso: string): string {
  return iso.slice(0, 10);
}

function expiryFix(role: CertificateRole, leaf: CertificateFacts, now: Date, endpoint: string, expired: boolean): string {
  if (role === 'oauth-issuer') return expired || !canRollOAuthIssuer(leaf, now) ? oauthIssuerFixes.replaceNow : oauthIssuerFixes.roll(leaf.notAfter);
  if (role === 'exchange-auth') return expired ? exchangeAuthFixes.replaceNow : exchangeAuthFixes.stageNext;
  return tlsFixes.renew(endpoint);
}

/** A new certificate is needed (key size, hash): the role's way to put one in place. */
function replacementFix(role: CertificateRole, leaf: CertificateFacts, now: Date, endpoint: string): string {
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
        detail: `The ${what} is valid only from ${leaf.notBefore}; until then it cannot be used${role === 'tls' ? '' : ' to sign tokens'}. Check the clock of this machine and the servers' too.`,
        fix: role === 'oauth-issuer' ? `Stage it to take effect after ${leaf.notBefore} with Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${leaf.thumbprint} -Roll -EffectiveDate <a date after ${dateOnly(leaf.notBefore)}>, or use a certificate that is valid now.` : 'Use a certificate that is valid now.',
      }),
    ];
  }
  const left = daysLeft(leaf, now);
  if (now.getTime() > Date.parse(leaf.notAfter)) {
    return [
      finding('cert.expired', 'error', {
        subject,
        detail: `The ${what} expired on ${leaf.notAfter} (${-left} day(s) ago).${role === 'tls' ? ' Clients refuse the connection.' : ' Tokens it signs are refused, so server-to-server authentication fails.'}`,
        fix: expiryFix(role, leaf, now, endpoint, true),
      }),
    ];
  }
  if (left < expiryWarningDays) {
    const severity: Severity = left < expiryErrorDays ? 'error' : 'warning';
    return [
      finding('cert.expires-soon', severity, {
        subject,
        detail: `The ${what} expires on ${leaf.notAfter}: ${left} day(s) left (an error under ${expiryErrorDays} days, a warning under ${expiryWarningDays}, as Exchange HealthChecker counts).`,
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
      detail: `The ${roleNames[role]} has a ${leaf.keyBits}-bit RSA key; at least ${minimumKeyBits} bits are required${role === 'oauth-issuer' ? ' (Skype for Business documentation; Lync 2013 tables allow 1024 but warn)' : ''}.`,
      fix: `Request a certificate with a key of ${minimumKeyBits} bits or more. ${replacementFix(role, leaf, now, endpoint)}`,
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
  const listed = weak.map((c) => `${c === certificate.leaf ? 'the certificate' : c.subject} (${c.signatureAlgorithm})`).join(', ');
  return [
    finding('cert.weak-signature', broken ? 'error' : 'warning', {
      subject,
      detail: `Signed with a weak hash: ${listed}. ${broken ? 'MD5/MD2 signatures are forgeable.' : 'SHA-1 signatures are deprecated; Exchange HealthChecker flags them.'}`,
      fix: `Request a certificate signed with SHA-256. ${replacementFix(role, certificate.leaf, now, endpoint)}`,
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
      detail: forImport
        ? 'The PFX holds the certificate but not its private key; Import-CsCertificate needs the key, and every Front End signs tokens with it.'
        : 'Only the certificate is here: enough to check it, not to import it.',
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
        ? `The certificate names ${names.join(', ')} but not the SIP domain ${sipDomain} itself. Lync 2013's certificate tables accept a server FQDN; the Skype for Business documentation asks for the SIP domain in the subject.`
        : `Neither the subject nor the SANs name the SIP domain ${sipDomain} (found: ${names.join(', ') || 'no names'}). The OAuthTokenIssuer certificate must include the SIP domain in its subject.`,
      fix: `Request a certificate with CN=${sipDomain} (additional SIP domains as SANs), then assign it. ${oauthIssuerFixes.current}`,
    }),
  ];
}

function selfSignedFindings(role: CertificateRole, leaf: CertificateFacts, subject: string): Finding[] {
  if (!leaf.selfSigned) return [];
  const details: Record<CertificateRole, [Severity, string, string]> = {
    'exchange-auth': ['info', 'As expected: Exchange Setup creates the Auth certificate self-signed, and partners trust it through Exchange\'s metadata document, not through a CA.', exchangeAuthFixes.current],
    'oauth-issuer': [
      'info',
      "Exchange takes the key from Lync's metadata document, so no CA is involved in token signing; Microsoft's tables describe an OAuthTokenIssuer certificate from an internal or public CA.",
      oauthIssuerFixes.current,
    ],
    tls: ['warning', 'The endpoint presents a self-signed certificate: every server that connects must trust this very certificate.', tlsFixes.trust],
  };
  const [severity, detail, fix] = details[role];
  return [finding('cert.self-signed', severity, { subject, detail, fix })];
}

/** Also raised for a live endpoint whose certificate this tool cannot read but Node refused for its name. */
export function hostnameMismatchFinding(subject: string, host: string, names: readonly string[] | null): Finding {
  return finding('cert.hostname-mismatch', 'error', {
    subject,
    detail: `The certificate does not name ${host}${names ? `; it names ${names.join(', ') || 'nothing'}` : ''}. Clients refuse the connection.`,
    fix: tlsFixes.hostname(host),
  });
}

/** Also raised for a live endpoint from Node's own verification. */
export function untrustedChainFinding(subject: string, reason: string): Finding {
  return finding('cert.untrusted-chain', 'error', {
    subject,
    detail: `The chain does not lead to a trusted root: ${reason}.`,
    fix: tlsFixes.trust,
  });
}

function tlsFindings(certificate: CheckedCertificate, options: RoleCheckOptions): Finding[] {
  const { leaf } = certificate;
  const out: Finding[] = [];
  if (options.host && !certificateNamesHost(leaf, options.host)) out.push(hostnameMismatchFinding(options.subject, options.host, namesOf(leaf)));
  if (options.trust && !options.trust.trusted) out.push(untrustedChainFinding(options.subject, options.trust.reason));
  const ekus = leaf.extendedKeyUsages;
  if (ekus.length > 0 && !ekus.includes('serverAuth') && !ekus.includes('2.5.29.37.0')) {
    out.push(
      finding('cert.no-server-auth', 'error', {
        subject: options.subject,
        detail: `The certificate's extended key usages (${ekus.join(', ')}) do not include Server Authentication, so TLS clients refuse it.`,
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
