/**
 * Facts of one X.509 certificate from its DER bytes, through node-forge (pure JS) so the Electron main process
 * (BoringSSL) and Node (OpenSSL) read certificates the same way. Shared by the certificate checks and the
 * metadata checks, which both need thumbprints and x5t.
 */
import { createHash } from 'node:crypto';
import forge from 'node-forge';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';
import { formatDistinguishedName } from './certificate-names.js';

export interface CertificateFacts {
  subject: string;
  subjectCommonName: string | null;
  issuer: string;
  /** DNS names and IP addresses of the subjectAltName extension. */
  subjectAlternativeNames: string[];
  /** Upper-case hex, as Windows shows it. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  keyAlgorithm: 'RSA';
  keyBits: number;
  /** e.g. sha256WithRSAEncryption. */
  signatureAlgorithm: string;
  /** Names where known (serverAuth, clientAuth…), else the OID. Empty when the extension is absent. */
  extendedKeyUsages: string[];
  isCertificateAuthority: boolean;
  /** Subject equals issuer and the certificate's own key verifies its signature. */
  selfSigned: boolean;
  /** SHA-1 of the DER as Windows shows a thumbprint: 40 upper-case hex digits. */
  thumbprint: string;
  /** SHA-256 of the DER: 64 upper-case hex digits. */
  sha256Fingerprint: string;
  /** base64url of the SHA-1, unpadded (RFC 7515 §4.1.7); what metadata documents and tokens carry. */
  x5t: string;
  /** The DER, base64 (standard alphabet): what a metadata document's keyValue.value holds. */
  derBase64: string;
}

export interface DecodedCertificate {
  facts: CertificateFacts;
  /** node-forge's object, for chain and signature checks inside core/certs. */
  forge: forge.pki.Certificate;
}

const ecPublicKeyOid = '1.2.840.10045.2.1';
const ecdsaSignatureOids = /^1\.2\.840\.10045\.4\./;
/** node-forge names RSA signatures; an RSA certificate issued by an EC CA carries one of these. */
const ecdsaSignatureNames: Record<string, string> = {
  '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
  '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
  '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
  '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
};

function sha(algorithm: 'sha1' | 'sha256', der: Uint8Array): Buffer {
  return createHash(algorithm).update(der).digest();
}

/** The thumbprint Windows shows, turned into the x5t a metadata document carries. */
export function thumbprintToX5t(thumbprint: string): string {
  return Buffer.from(thumbprint, 'hex').toString('base64url');
}

function publicKeyAlgorithmOid(asn1: forge.asn1.Asn1): string | null {
  // Certificate → tbsCertificate → subjectPublicKeyInfo → algorithm → OID. Version [0] shifts the fields by one.
  const tbs = (asn1.value as forge.asn1.Asn1[])[0];
  const fields = (tbs?.value as forge.asn1.Asn1[] | undefined) ?? [];
  const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const spki = fields[5 + offset];
  const algorithm = (spki?.value as forge.asn1.Asn1[] | undefined)?.[0];
  const oid = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0];
  return oid && typeof oid.value === 'string' ? forge.asn1.derToOid(oid.value) : null;
}

function signatureAlgorithmOid(asn1: forge.asn1.Asn1): string | null {
  const algorithm = (asn1.value as forge.asn1.Asn1[])[1];
  const oid = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0];
  return oid && typeof oid.value === 'string' ? forge.asn1.derToOid(oid.value) : null;
}

/**
 * Decodes one DER certificate. Errors: `cert.unreadable` (not a certificate), `cert.unsupported-algorithm`
 * (an EC key or ECDSA signature, which node-forge cannot read).
 */
export function decodeCertificate(der: Uint8Array): Result<DecodedCertificate> {
  let asn1: forge.asn1.Asn1;
  try {
    // node-forge's typings know only the boolean form; the options object makes it refuse trailing bytes.
    const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { strict: boolean; parseAllBytes: boolean }) => forge.asn1.Asn1;
    asn1 = fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary')), { strict: true, parseAllBytes: true });
  } catch {
    return fail('cert.unreadable', msg('error.cert.not-der'));
  }
  let cert: forge.pki.Certificate;
  try {
    cert = forge.pki.certificateFromAsn1(asn1);
  } catch (e) {
    const keyOid = publicKeyAlgorithmOid(asn1);
    const sigOid = signatureAlgorithmOid(asn1);
    if (keyOid === ecPublicKeyOid || (sigOid && ecdsaSignatureOids.test(sigOid))) {
      return fail('cert.unsupported-algorithm', msg('error.cert.ec-key'));
    }
    if (keyOid !== null && keyOid !== '1.2.840.113549.1.1.1') {
      return fail('cert.unsupported-algorithm', msg('error.cert.key-algorithm', { oid: keyOid }));
    }
    return fail('cert.unreadable', msg('error.cert.decode-failed', { error: (e as Error).message }));
  }
  const publicKey = cert.publicKey as forge.pki.rsa.PublicKey;
  const sanExtension = cert.getExtension('subjectAltName') as { altNames?: { type: number; value?: string; ip?: string }[] } | null;
  const ekuExtension = cert.getExtension('extKeyUsage') as Record<string, unknown> | null;
  const basicConstraints = cert.getExtension('basicConstraints') as { cA?: boolean } | null;
  const sha1 = sha('sha1', der);
  let selfSigned = false;
  if (cert.isIssuer(cert)) {
    try {
      selfSigned = cert.verify(cert);
    } catch {
      selfSigned = false;
    }
  }
  return ok({
    forge: cert,
    facts: {
      subject: formatDistinguishedName(cert.subject.attributes),
      subjectCommonName: (cert.subject.getField('CN') as forge.pki.CertificateField | null)?.value?.toString() ?? null,
      issuer: formatDistinguishedName(cert.issuer.attributes),
      subjectAlternativeNames: (sanExtension?.altNames ?? []).flatMap((n) => (n.type === 2 && n.value ? [n.value] : n.type === 7 && n.ip ? [n.ip] : [])),
      serialNumber: cert.serialNumber.toUpperCase(),
      notBefore: cert.validity.notBefore.toISOString(),
      notAfter: cert.validity.notAfter.toISOString(),
      keyAlgorithm: 'RSA',
      keyBits: publicKey.n.bitLength(),
      signatureAlgorithm: forge.pki.oids[cert.siginfo.algorithmOid] ?? ecdsaSignatureNames[cert.siginfo.algorithmOid] ?? cert.siginfo.algorithmOid,
      extendedKeyUsages: ekuExtension
        ? Object.keys(ekuExtension).filter((k) => ekuExtension[k] === true && !['critical'].includes(k))
        : [],
      isCertificateAuthority: basicConstraints?.cA === true,
      selfSigned,
      thumbprint: sha1.toString('hex').toUpperCase(),
      sha256Fingerprint: sha('sha256', der).toString('hex').toUpperCase(),
      x5t: sha1.toString('base64url'),
      derBase64: Buffer.from(der).toString('base64'),
    },
  });
}

/** Whole days from `now` until the certificate expires (negative once expired). */
export function daysLeft(facts: Pick<CertificateFacts, 'notAfter'>, now: Date): number {
  return Math.floor((Date.parse(facts.notAfter) - now.getTime()) / 86_400_000);
}
