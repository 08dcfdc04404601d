/**
 * Metadata documents for tests, in the two casings real servers use (domain.md §1.2): Exchange's lower-case
 * `keyinfo`/`keyvalue` and SharePoint's camelCase `keyValue` without x5t. Keys are real certificates made by the test.
 */
import { createHash } from 'node:crypto';
import type { TestCertificate } from './test-pki.js';

export const lyncServiceId = '00000004-0000-0ff1-ce00-000000000000';
export const exchangeServiceId = '00000002-0000-0ff1-ce00-000000000000';

export function x5tOf(certificate: Pick<TestCertificate, 'der'>): string {
  return createHash('sha1').update(certificate.der).digest('base64url');
}

export function thumbprintOf(certificate: Pick<TestCertificate, 'der'>): string {
  return createHash('sha1').update(certificate.der).digest('hex').toUpperCase();
}

export function keyEntry(certificate: Pick<TestCertificate, 'der'>, casing: 'lower' | 'camel' = 'lower'): Record<string, unknown> {
  const value = Buffer.from(certificate.der).toString('base64');
  return casing === 'lower'
    ? { usage: 'signing', keyinfo: { x5t: x5tOf(certificate) }, keyvalue: { type: 'x509Certificate', value } }
    : { usage: 'Signing', keyValue: { type: 'x509certificate', value } };
}

/** What a Lync pool is expected to publish (domain.md §1.6). */
export function lyncDocument(realm: string, keys: readonly Pick<TestCertificate, 'der'>[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Lync',
    realm,
    serviceName: lyncServiceId,
    issuer: `${lyncServiceId}@${realm}`,
    keys: keys.map((k) => keyEntry(k, 'camel')),
    ...extra,
  };
}

/** An on-premises Exchange document: lower-case key properties, realm `*` unless given. */
export function exchangeDocument(keys: readonly Pick<TestCertificate, 'der'>[], realm = '*', extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '_70b34511-d105-4e2b-9675-39f53305bb01',
    version: '1.0',
    name: 'Exchange',
    realm,
    serviceName: exchangeServiceId,
    issuer: `${exchangeServiceId}@${realm}`,
    allowedAudiences: [`${exchangeServiceId}@${realm}`],
    keys: keys.map((k) => keyEntry(k, 'lower')),
    endpoints: [{ location: 'https://atl-exchange-001.litwareinc.com:444/autodiscover/metadata/json/1', protocol: 'OAuth2', usage: 'metadata' }],
    ...extra,
  };
}

/** What EWS answers an anonymous request with an empty Bearer header: 401, naming the issuers it trusts (domain.md §2.3). */
export function ewsBearerChallenge(trustedIssuers: readonly string[]): string[] {
  return ['Negotiate', `Bearer client_id="${exchangeServiceId}", trusted_issuers="${trustedIssuers.join(',')}", token_types="app_asserted_user_v1 service_asserted_app_v1", error="invalid_token"`];
}

export function bytesOf(document: unknown): Uint8Array {
  return new Uint8Array(Buffer.from(JSON.stringify(document), 'utf8'));
}
