/**
 * Test certificates, made on the spot: CAs, leaf certificates, PFX files in every encryption, EC certificates.
 *
 *   const root = makeCa({ commonName: 'Test Root' });
 *   const leaf = makeCertificate({ issuer: root, commonName: 'pool.example.com', dnsNames: ['pool.example.com'] });
 *   leaf.pem / leaf.der / leaf.keyPem · certificatePem([leaf, root]) · pfxFromOpenssl({ certificates: [leaf, root], password, encryption: 'aes256' })
 *   ecCertificateFromOpenssl('Litware EC CA') · rsaCertificateSignedByEc({ key, commonName, issuerName: 'Litware EC CA' })
 *
 * Keys come from Node's native RSA generator (fast) and are handed to node-forge, which builds and signs the
 * certificates. Reuse keys across a test file (`rsaKey()` once, pass `key:`): even native 4096-bit keys take a while.
 * Nothing here writes a file: openssl reads its input on stdin and the password from an environment variable.
 */
import { generateKeyPairSync, sign } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import forge from 'node-forge';

export interface TestKey {
  privateKey: forge.pki.rsa.PrivateKey;
  publicKey: forge.pki.rsa.PublicKey;
  /** PKCS#8 PEM, unencrypted. */
  pem: string;
}

export interface TestCertificate {
  forge: forge.pki.Certificate;
  key: TestKey;
  pem: string;
  der: Uint8Array;
  /** The key, PKCS#8 PEM. */
  keyPem: string;
}

export function rsaKey(bits = 2048): TestKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: bits, publicExponent: 0x10001, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const forgeKey = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), pem: privateKey };
}

export interface CertificateOptions {
  /** The issuing CA; omit for a self-signed certificate. */
  issuer?: TestCertificate;
  commonName: string;
  /** Extra subject attributes, e.g. `[{ shortName: 'O', value: 'Litware' }]`. */
  subject?: { shortName: string; value: string }[];
  dnsNames?: string[];
  ipAddresses?: string[];
  /** Defaults to a fresh 2048-bit key: pass one to save time. */
  key?: TestKey;
  notBefore?: Date;
  notAfter?: Date;
  /** `null` leaves the extension out; default: none for CAs, `['serverAuth']` otherwise. */
  extendedKeyUsages?: ('serverAuth' | 'clientAuth' | 'codeSigning' | 'emailProtection')[] | null;
  isCa?: boolean;
  hash?: 'sha1' | 'sha256';
  serialNumber?: string;
}

let serial = 0x1000;

export function makeCertificate(options: CertificateOptions): TestCertificate {
  const key = options.key ?? rsaKey();
  const cert = forge.pki.createCertificate();
  cert.publicKey = key.publicKey;
  serial += 1;
  cert.serialNumber = options.serialNumber ?? `0${serial.toString(16)}`;
  cert.validity.notBefore = options.notBefore ?? new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = options.notAfter ?? new Date('2035-01-01T00:00:00Z');
  const subject = [{ shortName: 'CN', value: options.commonName }, ...(options.subject ?? [])];
  cert.setSubject(subject);
  cert.setIssuer(options.issuer ? options.issuer.forge.subject.attributes : subject);
  const isCa = options.isCa === true;
  const extensions: Record<string, unknown>[] = [
    { name: 'basicConstraints', cA: isCa, critical: isCa },
    isCa ? { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true } : { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'subjectKeyIdentifier' },
  ];
  const ekus = options.extendedKeyUsages === undefined ? (isCa ? null : ['serverAuth']) : options.extendedKeyUsages;
  if (ekus) extensions.push({ name: 'extKeyUsage', ...Object.fromEntries(ekus.map((e) => [e, true])) });
  const altNames = [...(options.dnsNames ?? []).map((value) => ({ type: 2, value })), ...(options.ipAddresses ?? []).map((ip) => ({ type: 7, ip }))];
  if (altNames.length > 0) extensions.push({ name: 'subjectAltName', altNames });
  cert.setExtensions(extensions);
  const signer = options.issuer ? options.issuer.key : key;
  cert.sign(signer.privateKey, options.hash === 'sha1' ? forge.md.sha1.create() : forge.md.sha256.create());
  const pem = forge.pki.certificateToPem(cert);
  const der = new Uint8Array(Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'));
  return { forge: cert, key, pem, der, keyPem: key.pem };
}

export function makeCa(options: Omit<CertificateOptions, 'isCa'>): TestCertificate {
  return makeCertificate({ ...options, isCa: true });
}

/** Several certificates as one PEM text, in the order given. */
export function certificatePem(certificates: readonly TestCertificate[]): string {
  return certificates.map((c) => c.pem).join('');
}

export type PfxEncryption = 'aes256' | '3des' | 'rc2-40';

/** PFX options for each encryption, as `openssl pkcs12 -export` (OpenSSL 3) writes them. */
const opensslPfxOptions: Record<PfxEncryption, string[]> = {
  // OpenSSL 3's default: PBES2 (PBKDF2, hmacWithSHA256, AES-256-CBC) and a SHA-256 MAC. Windows' "AES256-SHA256".
  aes256: ['-keypbe', 'AES-256-CBC', '-certpbe', 'AES-256-CBC', '-macalg', 'sha256'],
  // Windows' "TripleDES-SHA1" export.
  '3des': ['-keypbe', 'PBE-SHA1-3DES', '-certpbe', 'PBE-SHA1-3DES', '-macalg', 'sha1'],
  // The legacy default (certificates RC2-40, key 3DES, SHA-1 MAC); OpenSSL 3 needs its legacy provider for RC2.
  'rc2-40': ['-legacy'],
};

/**
 * A PFX written by the `openssl` command line. The password reaches openssl through an environment variable and
 * the certificates and key through stdin; the PFX comes back on stdout.
 */
export function pfxFromOpenssl(options: { certificates: readonly TestCertificate[]; password: string; encryption: PfxEncryption; withKey?: boolean; withMac?: boolean }): Uint8Array {
  const [leaf, ...rest] = options.certificates;
  if (!leaf) throw new Error('pfxFromOpenssl needs at least one certificate');
  const input = `${options.withKey === false ? '' : leaf.keyPem}${certificatePem([leaf, ...rest])}`;
  const args = ['pkcs12', '-export', '-passout', 'env:TEST_PFX_PASSWORD', ...opensslPfxOptions[options.encryption]];
  if (options.withKey === false) args.push('-nokeys');
  if (options.withMac === false) args.push('-nomac');
  const out = execFileSync('openssl', args, { input, env: { ...process.env, TEST_PFX_PASSWORD: options.password }, maxBuffer: 16 * 1024 * 1024 });
  return new Uint8Array(out);
}

/** A self-signed EC (P-256, ECDSA) certificate and its key, from the openssl command line: PEM text of both. */
export function ecCertificateFromOpenssl(commonName: string): { certificatePem: string; keyPem: string; pfx(password: string): Uint8Array } {
  // openssl cannot open /dev/stdout when it is Node's socket; a pipe through cat gives it a real one.
  const out = execFileSync('sh', ['-c', 'openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout /dev/stdout -subj "/CN=$TEST_CN" -days 365 | cat'], {
    encoding: 'utf8',
    env: { ...process.env, TEST_CN: commonName },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----\n?/.exec(out)?.[0] ?? '';
  const key = /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----\n?/.exec(out)?.[0] ?? '';
  return {
    certificatePem: certificate,
    keyPem: key,
    pfx: (password) =>
      new Uint8Array(
        execFileSync('openssl', ['pkcs12', '-export', '-passout', 'env:TEST_PFX_PASSWORD'], {
          input: `${key}${certificate}`,
          env: { ...process.env, TEST_PFX_PASSWORD: password },
        }),
      ),
  };
}

/**
 * An RSA certificate signed with ECDSA (P-256, SHA-256) under `issuerName`, by a throwaway EC key: node-forge builds
 * the TBSCertificate, Node's crypto signs it. The signature verifies against no real CA; it is for reading and
 * chain-building tests.
 */
export function rsaCertificateSignedByEc(options: { key: TestKey; commonName: string; issuerName: string; dnsNames?: string[] }): Uint8Array {
  const cert = forge.pki.createCertificate();
  cert.publicKey = options.key.publicKey;
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date('2025-01-01T00:00:00Z');
  cert.validity.notAfter = new Date('2035-01-01T00:00:00Z');
  cert.setSubject([{ shortName: 'CN', value: options.commonName }]);
  cert.setIssuer([{ shortName: 'CN', value: options.issuerName }]);
  if (options.dnsNames) cert.setExtensions([{ name: 'subjectAltName', altNames: options.dnsNames.map((value) => ({ type: 2, value })) }]);
  const ecdsaWithSha256 = '1.2.840.10045.4.3.2';
  cert.siginfo.algorithmOid = ecdsaWithSha256;
  // node-forge has getTBSCertificate; its typings do not declare it.
  const tbsAsn1 = (forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }).getTBSCertificate(cert);
  const tbs = Buffer.from(forge.asn1.toDer(tbsAsn1).getBytes(), 'binary');
  const signature = sign('sha256', tbs, generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  const { asn1 } = forge;
  const whole = asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [
    tbsAsn1,
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.SEQUENCE, true, [asn1.create(asn1.Class.UNIVERSAL, asn1.Type.OID, false, asn1.oidToDer(ecdsaWithSha256).getBytes())]),
    asn1.create(asn1.Class.UNIVERSAL, asn1.Type.BITSTRING, false, `\u0000${signature.toString('binary')}`),
  ]);
  return new Uint8Array(Buffer.from(asn1.toDer(whole).getBytes(), 'binary'));
}
