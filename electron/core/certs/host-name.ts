/**
 * Does a certificate name a host? As TLS clients check it (RFC 6125): DNS names of the SANs, a wildcard only as
 * the whole left-most label and matching exactly one label; IP addresses against IP SANs; the subject CN only when
 * the certificate has no DNS SAN at all (what Windows and Node still accept).
 */
import { isIP } from 'node:net';
import type { CertificateFacts } from './x509.js';

function dnsNameMatches(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase().replace(/\.$/, '');
  const h = host.toLowerCase().replace(/\.$/, '');
  if (!p.startsWith('*.')) return p === h;
  const rest = p.slice(2);
  const dot = h.indexOf('.');
  return dot > 0 && h.slice(dot + 1) === rest && rest.includes('.');
}

export function certificateNamesHost(facts: Pick<CertificateFacts, 'subjectAlternativeNames' | 'subjectCommonName'>, host: string): boolean {
  const ipHost = isIP(host) !== 0;
  const sans = facts.subjectAlternativeNames;
  if (ipHost) return sans.includes(host);
  const dnsNames = sans.filter((n) => isIP(n) === 0);
  if (dnsNames.length > 0) return dnsNames.some((n) => dnsNameMatches(n, host));
  return facts.subjectCommonName !== null && dnsNameMatches(facts.subjectCommonName, host);
}

/** The names a person reads to see why a host did not match: the DNS SANs, else the CN. */
export function namesOf(facts: Pick<CertificateFacts, 'subjectAlternativeNames' | 'subjectCommonName'>): string[] {
  return facts.subjectAlternativeNames.length > 0 ? facts.subjectAlternativeNames : facts.subjectCommonName ? [facts.subjectCommonName] : [];
}
