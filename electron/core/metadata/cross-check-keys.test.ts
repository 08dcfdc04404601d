/** The keys of a document against the project's certificate for that side (domain.md §6 F3, F4, F12). */
import { bytesOf, exchangeDocument, lyncDocument, thumbprintOf } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate, rsaKey } from '../../../tests/helpers/test-pki.js';
import { decodeCertificate } from '../certs/x509.js';
import { crossCheckKeys } from './cross-check-keys.js';
import { parseMetadataDocument } from './parse-metadata.js';

const key = rsaKey();
const published = makeCertificate({ commonName: 'litwareinc.com', key });
const renewed = makeCertificate({ commonName: 'litwareinc.com', key });
const factsOf = (c: { der: Uint8Array }) => {
  const decoded = decodeCertificate(c.der);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value.facts;
};
const documentOf = (d: unknown) => {
  const parsed = parseMetadataDocument(bytesOf(d), 'doc.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
};
const exchangeUrl = 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1';

describe('crossCheckKeys', () => {
  it('matches the key that is the project certificate', () => {
    const result = crossCheckKeys(documentOf(exchangeDocument([renewed, published])), 'exchange', [{ file: 'auth.cer', facts: factsOf(published) }], { subject: exchangeUrl, metadataUrl: exchangeUrl });
    expect(result.findings).toEqual([]);
    expect(result.matches).toEqual([{ keyIndex: 1, file: 'auth.cer', thumbprint: thumbprintOf(published) }]);
  });

  it("raises metadata.key-mismatch for Lync's document, naming both thumbprints and how each side refreshes", () => {
    const result = crossCheckKeys(documentOf(lyncDocument('litwareinc.com', [published])), 'lync', [{ file: 'oauth.pfx', facts: factsOf(renewed) }], { subject: 'lync', metadataUrl: null });
    expect(result.findings).toHaveLength(1);
    const [mismatch] = result.findings;
    expect(mismatch).toMatchObject({ id: 'metadata.key-mismatch', severity: 'error', subject: 'lync' });
    expect(mismatch?.detail).toContain(`keys[0] ${thumbprintOf(published)}`);
    expect(mismatch?.detail).toContain(`oauth.pfx has thumbprint ${thumbprintOf(renewed)}`);
    expect(mismatch?.fix).toContain(`Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${thumbprintOf(renewed)}`);
    expect(mismatch?.fix).toContain('Set-PartnerApplication -Identity $_.Identity -RefreshAuthMetadata');
  });

  it("raises metadata.key-mismatch for Exchange's document with the Auth certificate commands and Lync's refresh", () => {
    const result = crossCheckKeys(documentOf(exchangeDocument([published])), 'exchange', [{ file: 'auth.cer', facts: factsOf(renewed) }], { subject: exchangeUrl, metadataUrl: exchangeUrl });
    expect(result.findings[0]?.id).toBe('metadata.key-mismatch');
    expect(result.findings[0]?.fix).toContain(`Set-AuthConfig -NewCertificateThumbprint ${thumbprintOf(renewed)} -NewCertificateEffectiveDate (Get-Date)`);
    expect(result.findings[0]?.fix).toContain(`Set-CsPartnerApplication -Identity Exchange -MetadataUrl '${exchangeUrl}'`);
  });

  it('says so (metadata.key-not-compared) when the certificate could not be read', () => {
    const result = crossCheckKeys(documentOf(lyncDocument('litwareinc.com', [published])), 'lync', [{ file: 'oauth.pfx', unreadable: 'it is a PFX protected by a password.' }], { subject: 'lync', metadataUrl: null });
    expect(result.findings).toEqual([expect.objectContaining({ id: 'metadata.key-not-compared', severity: 'info', subject: 'oauth.pfx' })]);
    expect(result.findings[0]?.detail).toContain('Lync OAuthTokenIssuer certificate oauth.pfx: it is a PFX protected by a password.');
  });

  it("with the server's state: a key the server signs with matches; none of them is metadata.key-mismatch naming both", () => {
    const inUse = { source: "Exchange's AuthConfig in exchange-state.json (collected on EX01)", thumbprints: [thumbprintOf(renewed), thumbprintOf(published)] };
    const matched = crossCheckKeys(documentOf(exchangeDocument([published])), 'exchange', [], { subject: exchangeUrl, metadataUrl: exchangeUrl, inUse });
    expect(matched).toEqual({ findings: [], matches: [{ keyIndex: 0, file: inUse.source, thumbprint: thumbprintOf(published) }] });
    const stale = { ...inUse, thumbprints: [thumbprintOf(renewed)] };
    const result = crossCheckKeys(documentOf(exchangeDocument([published])), 'exchange', [{ file: 'auth.cer', facts: factsOf(published) }], { subject: exchangeUrl, metadataUrl: exchangeUrl, inUse: stale });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ id: 'metadata.key-mismatch', severity: 'error', subject: exchangeUrl });
    expect(result.findings[0]?.detail).toContain(`keys[0] ${thumbprintOf(published)}`);
    expect(result.findings[0]?.detail).toContain(`Exchange's AuthConfig in exchange-state.json (collected on EX01) says the server signs with ${thumbprintOf(renewed)}`);
    expect(result.findings[0]?.fix).toContain('Set-AuthConfig -PublishCertificate');
    expect(result.findings[0]?.fix).toContain('fetch the document again');
  });
});
