import { createPrivateKey, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { certificatePem, ecCertificateFromOpenssl, makeCa, makeCertificate, pfxFromOpenssl, rsaKey, type PfxEncryption } from '../../../tests/helpers/test-pki.js';
import { loadCertificate } from './load-certificate.js';

const rootKey = rsaKey();
const leafKey = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key: rootKey });
const intermediate = makeCa({ issuer: root, commonName: 'Litware Issuing CA', key: rootKey });
const leaf = makeCertificate({ issuer: intermediate, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com', 'atl-cs-001.litwareinc.com'], key: leafKey });
const text = (s: string) => new TextEncoder().encode(s);
const windowsThumbprint = new X509Certificate(leaf.der).fingerprint.replace(/:/g, '');

function loaded(bytes: Uint8Array, password: string | null = null, name = 'oauth.pfx') {
  const result = loadCertificate(bytes, name, password);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

function errorOf(bytes: Uint8Array, password: string | null = null, name = 'oauth.pfx') {
  const result = loadCertificate(bytes, name, password);
  return result.ok ? null : result.error;
}

describe('loadCertificate: PEM', () => {
  it('reads one certificate', () => {
    const value = loaded(text(leaf.pem), null, 'oauth.pem');
    expect(value).toMatchObject({ format: 'pem', hasPrivateKey: false, chain: [] });
    expect(value.leaf.thumbprint).toBe(windowsThumbprint);
  });

  it('picks the leaf of a bundle in any order and orders the rest up the chain', () => {
    const value = loaded(text(certificatePem([root, leaf, intermediate])), null, 'bundle.pem');
    expect(value.leaf.subject).toBe('CN=litwareinc.com');
    expect(value.chain.map((c) => c.subject)).toEqual(['CN=Litware Issuing CA', 'CN=Litware Root CA']);
  });

  it('tolerates a BOM and CRLF line ends', () => {
    const value = loaded(text(`\uFEFF${certificatePem([intermediate, leaf]).replace(/\n/g, '\r\n')}`), null, 'crlf.pem');
    expect(value.leaf.subject).toBe('CN=litwareinc.com');
  });

  it('knows whether the private key in the file belongs to the leaf', () => {
    expect(loaded(text(`${leaf.keyPem}${certificatePem([leaf, intermediate])}`), null, 'k.pem').hasPrivateKey).toBe(true);
    const pkcs1 = createPrivateKey(leaf.keyPem).export({ type: 'pkcs1', format: 'pem' }) as string;
    expect(loaded(text(`${certificatePem([leaf])}${pkcs1}`), null, 'k1.pem').hasPrivateKey).toBe(true);
    expect(loaded(text(`${root.keyPem.replace('x', 'x')}${certificatePem([makeCertificate({ commonName: 'other.litwareinc.com' })])}`), null, 'o.pem').hasPrivateKey).toBe(false);
  });

  it('prefers the certificate whose key the file holds when several could be the leaf', () => {
    const other = makeCertificate({ issuer: intermediate, commonName: 'other.litwareinc.com', key: rootKey });
    const value = loaded(text(`${leaf.keyPem}${certificatePem([other, leaf])}`), null, 'two.pem');
    expect(value.leaf.subject).toBe('CN=litwareinc.com');
    expect(value.chain.map((c) => c.subject)).toEqual(['CN=other.litwareinc.com']);
  });

  it('opens an encrypted PKCS#8 key with its password, and says when the password is missing or wrong', () => {
    const encrypted = createPrivateKey(leaf.keyPem).export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'Pässwort-1' }) as string;
    const bytes = text(`${certificatePem([leaf])}${encrypted}`);
    expect(errorOf(bytes, null, 'enc.pem')?.code).toBe('cert.password-required');
    expect(errorOf(bytes, 'wrong', 'enc.pem')?.code).toBe('cert.password-wrong');
    expect(loaded(bytes, 'Pässwort-1', 'enc.pem').hasPrivateKey).toBe(true);
  });

  it('opens a legacy encrypted RSA PRIVATE KEY (Proc-Type: 4,ENCRYPTED)', () => {
    const legacy = createPrivateKey(leaf.keyPem).export({ type: 'pkcs1', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'secret' }) as string;
    expect(legacy).toContain('Proc-Type: 4,ENCRYPTED');
    const bytes = text(`${certificatePem([leaf])}${legacy}`);
    expect(errorOf(bytes, null, 'legacy.pem')?.code).toBe('cert.password-required');
    expect(errorOf(bytes, 'nope', 'legacy.pem')?.code).toBe('cert.password-wrong');
    expect(loaded(bytes, 'secret', 'legacy.pem').hasPrivateKey).toBe(true);
  });
});

describe('loadCertificate: DER', () => {
  it('reads a DER .cer, and base64 text without PEM lines', () => {
    expect(loaded(leaf.der, null, 'oauth.cer')).toMatchObject({ format: 'der', hasPrivateKey: false, leaf: { thumbprint: windowsThumbprint } });
    expect(loaded(text(Buffer.from(leaf.der).toString('base64')), null, 'b64.cer').leaf.thumbprint).toBe(windowsThumbprint);
  });
});

describe('loadCertificate: PFX', () => {
  const encryptions: PfxEncryption[] = ['aes256', '3des', 'rc2-40'];

  it.each(encryptions)('opens a %s PFX written by openssl: leaf, chain, key, the thumbprint Windows shows', (encryption) => {
    const pfx = pfxFromOpenssl({ certificates: [leaf, intermediate, root], password: 'Secret-1', encryption });
    const value = loaded(pfx, 'Secret-1');
    expect(value).toMatchObject({ format: 'pfx', hasPrivateKey: true });
    expect(value.leaf.thumbprint).toBe(windowsThumbprint);
    expect(value.chain.map((c) => c.subject)).toEqual(['CN=Litware Issuing CA', 'CN=Litware Root CA']);
  });

  it.each(encryptions)('a %s PFX without its password is cert.password-required, with a wrong one cert.password-wrong', (encryption) => {
    const pfx = pfxFromOpenssl({ certificates: [leaf], password: 'Secret-1', encryption });
    expect(errorOf(pfx, null)).toMatchObject({ code: 'cert.password-required', subject: 'oauth.pfx' });
    expect(errorOf(pfx, 'secret-1')).toMatchObject({ code: 'cert.password-wrong', subject: 'oauth.pfx' });
    expect(errorOf(pfx, 'secret-1')?.message).not.toContain('secret-1');
  });

  it('takes a non-ASCII password the way Windows and OpenSSL encode it', () => {
    const pfx = pfxFromOpenssl({ certificates: [leaf], password: 'Pässwörd-ü€', encryption: 'aes256' });
    expect(loaded(pfx, 'Pässwörd-ü€').hasPrivateKey).toBe(true);
    expect(errorOf(pfx, 'Passwoerd')?.code).toBe('cert.password-wrong');
  });

  it('tells a missing or wrong password on a PFX without a MAC too', () => {
    const pfx = pfxFromOpenssl({ certificates: [leaf], password: 'Secret-1', encryption: 'aes256', withMac: false });
    expect(errorOf(pfx, null)?.code).toBe('cert.password-required');
    expect(errorOf(pfx, 'wrong')?.code).toBe('cert.password-wrong');
    expect(loaded(pfx, 'Secret-1').hasPrivateKey).toBe(true);
  });

  it('opens a PFX exported with an empty password without asking', () => {
    const pfx = pfxFromOpenssl({ certificates: [leaf], password: '', encryption: 'aes256' });
    expect(loaded(pfx, null).hasPrivateKey).toBe(true);
  });

  it('says when a PFX holds the certificate but not its key', () => {
    const pfx = pfxFromOpenssl({ certificates: [leaf], password: 'p', encryption: '3des', withKey: false });
    expect(loaded(pfx, 'p')).toMatchObject({ format: 'pfx', hasPrivateKey: false });
  });

  it('opens a PFX written by node-forge (AES and 3DES, SHA-1 MAC)', () => {
    for (const algorithm of ['aes256', '3des'] as const) {
      const asn1 = forge.pkcs12.toPkcs12Asn1(leafKey.privateKey, [leaf.forge, intermediate.forge], 'pw', { algorithm });
      const bytes = new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
      expect(loaded(bytes, 'pw')).toMatchObject({ hasPrivateKey: true, leaf: { thumbprint: windowsThumbprint } });
    }
  });
});

describe('loadCertificate: what it refuses', () => {
  const pfx = pfxFromOpenssl({ certificates: [leaf], password: 'p', encryption: 'aes256' });

  it.each([
    ['an empty file', new Uint8Array(), /is empty/],
    ['garbage', text('this is not a certificate at all, just some text in a file'), /is not a certificate/],
    ['random bytes', new Uint8Array(Array.from({ length: 600 }, (_, i) => (i * 7919) % 256)), /is not a certificate/],
    ['a truncated PFX', pfx.subarray(0, pfx.length - 40), /is not a certificate.*truncated/],
    ['a truncated DER', leaf.der.subarray(0, leaf.der.length - 10), /is not a certificate/],
    ['a PEM without its END line', text(leaf.pem.split('\n').slice(0, 8).join('\n')), /no END line/],
    ['a PEM with broken base64', text(leaf.pem.replace(/\n[A-Za-z0-9+/]{10}/, '\n!!!!!!!!!!')), /not valid base64/],
    ['a PEM holding only a key', text(leaf.keyPem), /holds no CERTIFICATE block/],
  ])('%s is cert.unreadable, naming the file', (_what, bytes, message) => {
    const error = errorOf(bytes, 'p', 'broken.pfx');
    expect(error).toMatchObject({ code: 'cert.unreadable', subject: 'broken.pfx' });
    expect(error?.message).toMatch(message);
    expect(error?.message).toContain('broken.pfx');
  });
});

describe('loadCertificate: EC', () => {
  const ec = ecCertificateFromOpenssl('ec.litwareinc.com');

  it.each([
    ['an EC certificate (PEM)', text(ec.certificatePem), null],
    ['an EC certificate (DER)', new Uint8Array(new X509Certificate(ec.certificatePem).raw), null],
    ['an EC PFX', ec.pfx('p'), 'p'],
    ['an RSA certificate with an EC key beside it', text(`${leaf.pem}${ec.keyPem}`), null],
  ])('%s is cert.unsupported-algorithm, not a crash', (_what, bytes, password) => {
    const error = errorOf(bytes, password, 'ec.pem');
    expect(error?.code).toBe('cert.unsupported-algorithm');
    expect(error?.message).toMatch(/EC|elliptic/);
  });
});
