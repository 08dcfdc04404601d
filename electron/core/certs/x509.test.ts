import { X509Certificate } from 'node:crypto';
import { ecCertificateFromOpenssl, makeCa, makeCertificate, rsaCertificateSignedByEc, rsaKey } from '../../../tests/helpers/test-pki.js';
import { daysLeft, decodeCertificate, thumbprintToX5t } from './x509.js';

const key = rsaKey();
const root = makeCa({ commonName: 'Litware Test Root', key });
const leaf = makeCertificate({
  issuer: root,
  key,
  commonName: 'atl-cs-001.litwareinc.com',
  subject: [{ shortName: 'O', value: 'Litware' }],
  dnsNames: ['atl-cs-001.litwareinc.com', 'litwareinc.com'],
  ipAddresses: ['10.0.0.5'],
  extendedKeyUsages: ['serverAuth', 'clientAuth'],
  notBefore: new Date('2026-01-01T00:00:00Z'),
  notAfter: new Date('2027-01-01T00:00:00Z'),
  serialNumber: '0a1b2c3d4e',
});

describe('decodeCertificate', () => {
  it('reads the facts a person and the checks need, with thumbprints as Windows and Node show them', () => {
    const decoded = decodeCertificate(leaf.der);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const facts = decoded.value.facts;
    const node = new X509Certificate(leaf.der);
    expect(facts).toMatchObject({
      subject: 'CN=atl-cs-001.litwareinc.com, O=Litware',
      subjectCommonName: 'atl-cs-001.litwareinc.com',
      issuer: 'CN=Litware Test Root',
      subjectAlternativeNames: ['atl-cs-001.litwareinc.com', 'litwareinc.com', '10.0.0.5'],
      serialNumber: '0A1B2C3D4E',
      notBefore: '2026-01-01T00:00:00.000Z',
      notAfter: '2027-01-01T00:00:00.000Z',
      keyAlgorithm: 'RSA',
      keyBits: 2048,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      extendedKeyUsages: ['serverAuth', 'clientAuth'],
      isCertificateAuthority: false,
      selfSigned: false,
    });
    expect(facts.thumbprint).toBe(node.fingerprint.replace(/:/g, ''));
    expect(facts.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(facts.sha256Fingerprint).toBe(node.fingerprint256.replace(/:/g, ''));
    expect(facts.x5t).toBe(Buffer.from(facts.thumbprint, 'hex').toString('base64url'));
    expect(facts.x5t).not.toMatch(/[=+/]/);
    expect(Buffer.from(facts.derBase64, 'base64')).toEqual(Buffer.from(leaf.der));
  });

  it('tells a self-signed CA from an issued certificate, and names a SHA-1 signature', () => {
    const sha1 = makeCertificate({ commonName: 'old.litwareinc.com', key, hash: 'sha1', extendedKeyUsages: null });
    const rootFacts = decodeCertificate(root.der);
    const sha1Facts = decodeCertificate(sha1.der);
    expect(rootFacts.ok && rootFacts.value.facts).toMatchObject({ selfSigned: true, isCertificateAuthority: true, extendedKeyUsages: [] });
    expect(sha1Facts.ok && sha1Facts.value.facts).toMatchObject({ selfSigned: true, signatureAlgorithm: 'sha1WithRSAEncryption', subjectAlternativeNames: [] });
  });

  it('refuses trailing bytes and garbage as cert.unreadable', () => {
    const trailing = new Uint8Array([...leaf.der, 0x00, 0x01]);
    for (const bytes of [trailing, leaf.der.subarray(0, 200), new TextEncoder().encode('not a certificate')]) {
      const decoded = decodeCertificate(bytes);
      expect(decoded.ok ? null : decoded.error.code).toBe('cert.unreadable');
    }
  });
});

describe('decodeCertificate on what node-forge cannot read', () => {
  it('reads an RSA certificate an EC CA signed (its ECDSA signature is named, not verified)', () => {
    const decoded = decodeCertificate(rsaCertificateSignedByEc({ key, commonName: 'litwareinc.com', issuerName: 'Litware EC CA' }));
    expect(decoded.ok && decoded.value.facts).toMatchObject({ keyAlgorithm: 'RSA', keyBits: 2048, signatureAlgorithm: 'ecdsa-with-SHA256', selfSigned: false });
  });

  it('an EC key is cert.unsupported-algorithm, not a crash', () => {
    const ec = ecCertificateFromOpenssl('ec.litwareinc.com');
    const decoded = decodeCertificate(new Uint8Array(new X509Certificate(ec.certificatePem).raw));
    expect(decoded.ok ? null : decoded.error).toMatchObject({ code: 'cert.unsupported-algorithm', message: expect.stringContaining('elliptic-curve') });
  });
});

describe('thumbprintToX5t', () => {
  it('turns a Windows thumbprint into the base64url x5t of metadata documents (domain.md §1.4)', () => {
    expect(thumbprintToX5t('8BF833E6A7D8A7960F5802B5FFFD188599E2A4B2')).toBe('i_gz5qfYp5YPWAK1__0YhZnipLI');
    expect(thumbprintToX5t('92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3')).toBe('kuGW88jT11P8_Ft2kMMXOqHAq-M');
  });
});

describe('daysLeft', () => {
  it('counts whole days until expiry, negative once expired', () => {
    const facts = { notAfter: '2027-01-01T00:00:00.000Z' };
    expect(daysLeft(facts, new Date('2026-12-01T00:00:00Z'))).toBe(31);
    expect(daysLeft(facts, new Date('2026-12-31T12:00:00Z'))).toBe(0);
    expect(daysLeft(facts, new Date('2027-01-03T00:00:00Z'))).toBe(-2);
  });
});
