/** Each check of one document, on documents built around certificates this test makes. */
import { bytesOf, exchangeDocument, keyEntry, lyncDocument, thumbprintOf, x5tOf } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate, rsaKey } from '../../../tests/helpers/test-pki.js';
import { checkMetadataDocument, type MetadataExpectation } from './check-metadata.js';
import { parseMetadataDocument } from './parse-metadata.js';

const key = rsaKey();
const issuer = makeCertificate({ commonName: 'litwareinc.com', key, notAfter: new Date('2030-01-01T00:00:00Z') });
const expired = makeCertificate({ commonName: 'litwareinc.com', key, notBefore: new Date('2020-01-01T00:00:00Z'), notAfter: new Date('2025-06-01T00:00:00Z') });
const now = new Date('2026-11-26T09:00:00Z');
const lync: MetadataExpectation = { role: 'lync', realm: 'litwareinc.com', now, subject: 'https://atl-cs-001.litwareinc.com/metadata/json/1' };
const exchange: MetadataExpectation = { ...lync, role: 'exchange', subject: 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1' };

function check(document: unknown, expectation: MetadataExpectation) {
  const parsed = parseMetadataDocument(bytesOf(document), 'doc.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return checkMetadataDocument(parsed.value, expectation);
}
const ids = (findings: { id: string }[]) => findings.map((f) => f.id);

describe('checkMetadataDocument', () => {
  it("accepts a Lync document of the project's realm without a finding", () => {
    expect(check(lyncDocument('litwareinc.com', [issuer]), lync)).toEqual([]);
  });

  it('accepts several keys (a rotation in progress) without a finding', () => {
    const next = makeCertificate({ commonName: 'litwareinc.com', key, notAfter: new Date('2031-01-01T00:00:00Z') });
    expect(check(exchangeDocument([issuer, next], '*'), { ...exchange, realm: null })).toEqual([]);
  });

  it.each([
    ['no keys property', { serviceName: '00000004-0000-0ff1-ce00-000000000000' }, 'It has no "keys" property.'],
    ['an empty list', { serviceName: '00000004-0000-0ff1-ce00-000000000000', keys: [] }, 'Its "keys" list is empty.'],
    ['keys that are not a list', { serviceName: '00000004-0000-0ff1-ce00-000000000000', KEYS: {} }, 'Its "keys" property is not a list.'],
  ])('raises metadata.no-keys for %s', (_case, document, detail) => {
    const findings = check(document, { ...lync, realm: null });
    expect(ids(findings)).toEqual(['metadata.no-keys']);
    expect(findings[0]?.detail).toContain(detail);
  });

  it.each([
    ['base64 of PEM text', Buffer.from(issuer.pem).toString('base64'), 'it was encoded twice'],
    ['PEM text', issuer.pem, 'is PEM text'],
    ['base64url', Buffer.from(issuer.der).toString('base64url'), 'base64url alphabet'],
    ['cut off', Buffer.from(issuer.der).toString('base64').slice(0, 101), 'not a multiple of 4'],
    ['not a certificate', Buffer.from('0123456789abcdef').toString('base64'), 'not a readable X.509 certificate'],
    ['a number', 42, 'a number, not base64 text'],
  ])('raises metadata.key-undecodable for a value that is %s', (_case, value, detail) => {
    const findings = check(lyncDocument('litwareinc.com', [], { keys: [{ keyValue: { type: 'x509Certificate', value } }] }), lync);
    expect(ids(findings)).toEqual(['metadata.key-undecodable']);
    expect(findings[0]?.detail).toContain(detail);
    expect(findings[0]?.subject).toBe(`${lync.subject} keys[0]`);
  });

  it('raises metadata.key-undecodable for a key whose type is not x509Certificate', () => {
    const findings = check(lyncDocument('litwareinc.com', [], { keys: [{ keyValue: { type: 'RsaKeyValue', value: 'AQAB' } }] }), lync);
    expect(findings[0]).toMatchObject({ id: 'metadata.key-undecodable' });
    expect(findings[0]?.detail).toContain("keyValue.type is 'RsaKeyValue'");
  });

  it('raises metadata.x5t-mismatch when the declared x5t is not the certificate\'s, and names the standard-base64 mistake', () => {
    const other = makeCertificate({ commonName: 'other', key });
    const wrong = { ...keyEntry(issuer), keyinfo: { x5t: x5tOf(other) } };
    const findings = check(exchangeDocument([], '*', { keys: [wrong] }), { ...exchange, realm: null });
    expect(ids(findings)).toEqual(['metadata.x5t-mismatch']);
    expect(findings[0]).toMatchObject({ severity: 'warning' });
    expect(findings[0]?.detail).toContain(`has x5t '${x5tOf(issuer)}'`);
    expect(findings[0]?.detail).toContain('may mix two certificates');

    const padded = { ...keyEntry(issuer), keyinfo: { x5t: Buffer.from(thumbprintOf(issuer), 'hex').toString('base64') } };
    const standard = check(exchangeDocument([], '*', { keys: [padded] }), { ...exchange, realm: null });
    expect(standard[0]?.detail).toContain('standard base64');
  });

  it('raises metadata.key-expired: an error when no key is valid, a warning beside a valid one', () => {
    const alone = check(lyncDocument('litwareinc.com', [expired]), lync);
    expect(alone).toEqual([expect.objectContaining({ id: 'metadata.key-expired', severity: 'error' })]);
    expect(alone[0]?.detail).toContain('expired on 2025-06-01');
    expect(alone[0]?.fix).toContain('Set-CsCertificate -Identity global -Type OAuthTokenIssuer');
    const rotating = check(exchangeDocument([issuer, expired], '*'), { ...exchange, realm: null });
    expect(rotating).toEqual([expect.objectContaining({ id: 'metadata.key-expired', severity: 'warning', subject: `${exchange.subject} keys[1]` })]);
    expect(rotating[0]?.fix).toContain('Set-AuthConfig -ClearPreviousCertificate');
  });

  it("raises metadata.wrong-service for Exchange's document offered as Lync's, saying the URLs look swapped", () => {
    const findings = check(exchangeDocument([issuer], 'litwareinc.com'), lync);
    expect(ids(findings)).toEqual(['metadata.wrong-service']);
    expect(findings[0]?.detail).toContain('belongs to Exchange (00000002-0000-0ff1-ce00-000000000000), not to Lync / Skype for Business');
    expect(findings[0]?.fix).toContain('look swapped');
  });

  it('warns with metadata.wrong-service when the document names no service at all', () => {
    const findings = check({ keys: [keyEntry(issuer, 'camel')] }, lync);
    expect(findings).toEqual([expect.objectContaining({ id: 'metadata.wrong-service', severity: 'warning' })]);
  });

  it('takes the service from the issuer when serviceName is absent', () => {
    const findings = check({ issuer: '00000002-0000-0ff1-ce00-000000000000@litwareinc.com', keys: [keyEntry(issuer)] }, lync);
    expect(ids(findings)).toEqual(['metadata.wrong-service']);
  });

  it.each([
    ['has no @', 'litwareinc.com', 'has no @'],
    ['names another service', '00000003-0000-0ff1-ce00-000000000000@litwareinc.com', "service part '00000003-0000-0ff1-ce00-000000000000'"],
    ["has another realm than the document's", '00000004-0000-0ff1-ce00-000000000000@contoso.com', "realm part 'contoso.com' is not the document's realm 'litwareinc.com'"],
  ])('raises metadata.issuer-mismatch when the issuer %s', (_case, issuerValue, detail) => {
    const findings = check(lyncDocument('litwareinc.com', [issuer], { issuer: issuerValue }), lync);
    expect(ids(findings)).toEqual(['metadata.issuer-mismatch']);
    expect(findings[0]?.detail).toContain(detail);
    expect(findings[0]?.detail).toContain('expected 00000004-0000-0ff1-ce00-000000000000@litwareinc.com');
  });

  it("raises metadata.realm-mismatch (warning) when Lync's realm is not the project's, with both ways to fix it", () => {
    const findings = check(lyncDocument('contoso.com', [issuer]), lync);
    expect(findings).toEqual([expect.objectContaining({ id: 'metadata.realm-mismatch', severity: 'warning' })]);
    expect(findings[0]?.detail).toContain("The document's realm is 'contoso.com', but the project's OAuth realm is 'litwareinc.com'");
    expect(findings[0]?.fix).toContain("Set-CsOAuthConfiguration -Identity global -Realm 'litwareinc.com'");
    const caseOnly = check(lyncDocument('LitwareInc.com', [issuer]), lync);
    expect(caseOnly[0]?.detail).toContain('differ only in case');
  });

  it("reads the realm from the issuer when the document has none", () => {
    const findings = check(lyncDocument('contoso.com', [issuer], { realm: undefined }), lync);
    expect(findings[0]?.detail).toContain("'contoso.com' (from its issuer)");
  });

  it('explains an empty Exchange realm (info) and warns about a concrete other one', () => {
    const empty = check(exchangeDocument([issuer], '', { issuer: '00000002-0000-0ff1-ce00-000000000000@' }), exchange);
    expect(empty).toEqual([expect.objectContaining({ id: 'metadata.realm-mismatch', severity: 'info' })]);
    expect(empty[0]?.detail).toContain('Exchange publishes an empty realm');
    const other = check(exchangeDocument([issuer], 'fabrikam.com'), exchange);
    expect(other).toEqual([expect.objectContaining({ id: 'metadata.realm-mismatch', severity: 'warning' })]);
    expect(other[0]?.fix).toContain('accepted domain');
  });
});
