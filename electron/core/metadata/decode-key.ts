/**
 * `keys[].keyValue.value`: standard base64 of the DER certificate (domain.md §1.3). Anything else is reported with
 * what it is instead (truncated, base64url, PEM, base64 of PEM text…), never silently repaired.
 */
import { decodeCertificate, type CertificateFacts } from '../certs/x509.js';

export type DecodedKey = { certificate: CertificateFacts; problem: null } | { certificate: null; problem: string };

const problem = (text: string): DecodedKey => ({ certificate: null, problem: text });

function looksTruncated(value: string): string {
  return /(\.\.\.|…)$/.test(value.trim()) ? ` The value ends with '${value.trim().slice(-3)}': it looks truncated.` : '';
}

export function decodeKeyValue(value: unknown, type: string | null): DecodedKey {
  if (value === undefined || value === null) return problem('it has no keyValue.value.');
  if (typeof value !== 'string') return problem(`keyValue.value is ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}, not base64 text.`);
  if (type !== null && type.toLowerCase() !== 'x509certificate') {
    return problem(`its keyValue.type is '${type}'; Lync and Exchange publish and read x509Certificate keys only.`);
  }
  const compact = value.replace(/\s+/g, '');
  if (compact === '') return problem('keyValue.value is empty.');
  if (compact.startsWith('-----BEGIN')) {
    return problem('keyValue.value is PEM text (-----BEGIN CERTIFICATE-----); it must be the base64 of the DER certificate, without the PEM lines.');
  }
  const bad = /[^A-Za-z0-9+/=]/.exec(compact);
  if (bad) {
    if (/^[A-Za-z0-9_-]+$/.test(compact)) return problem('keyValue.value uses the base64url alphabet (- and _); it must be standard base64 (+ and /).');
    return problem(`keyValue.value is not base64: it holds '${bad[0]}' at position ${bad.index + 1}.${looksTruncated(value)}`);
  }
  if (compact.length % 4 !== 0 || /=[^=]/.test(compact)) {
    return problem(`keyValue.value is not complete base64 (${compact.length} characters, not a multiple of 4): it looks truncated.`);
  }
  const der = new Uint8Array(Buffer.from(compact, 'base64'));
  if (Buffer.from(der.subarray(0, 10)).toString('latin1') === '-----BEGIN') {
    return problem('keyValue.value is the base64 of PEM text, not of the DER certificate: it was encoded twice. Publish the base64 of the DER bytes.');
  }
  const decoded = decodeCertificate(der);
  if (!decoded.ok) return problem(`keyValue.value decodes to ${der.length} bytes that are not a readable X.509 certificate: ${decoded.error.message}`);
  return { certificate: decoded.value.facts, problem: null };
}
