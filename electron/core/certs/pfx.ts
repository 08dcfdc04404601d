/**
 * Opens a PKCS#12 (PFX) file with node-forge: every encryption Windows and OpenSSL export (PBES2/AES-256 with a
 * SHA-256 MAC, 3DES with a SHA-1 MAC, legacy RC2-40), password errors told apart from broken files.
 */
import forge from 'node-forge';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';

export interface PfxContents {
  /** The certificates' DER, in file order. */
  certificates: Uint8Array[];
  /** RSA private keys; `null` for a key node-forge cannot read (an EC key). */
  keys: (forge.pki.rsa.PrivateKey | null)[];
}

/** Whether the ASN.1 has the PFX shape: SEQUENCE { INTEGER 3, ContentInfo, MacData? }. */
export function looksLikePfx(asn1: forge.asn1.Asn1): boolean {
  const fields = asn1.value;
  if (!Array.isArray(fields) || fields.length < 2 || fields.length > 3) return false;
  const version = fields[0];
  return version?.type === forge.asn1.Type.INTEGER && version.value === '\u0003' && fields[1]?.type === forge.asn1.Type.SEQUENCE;
}

function hasMac(asn1: forge.asn1.Asn1): boolean {
  return Array.isArray(asn1.value) && asn1.value.length === 3;
}

function withoutMac(asn1: forge.asn1.Asn1): forge.asn1.Asn1 {
  return { ...asn1, value: (asn1.value as forge.asn1.Asn1[]).slice(0, 2) };
}

/** PBES2 (AES) derives its key from the password's UTF-8 bytes, which node-forge takes as a binary string. */
function utf8Binary(password: string): string {
  return Buffer.from(password, 'utf8').toString('binary');
}

function certificateDer(bag: forge.pkcs12.Bag): Uint8Array | null {
  // certificateToAsn1 reuses the parsed TBSCertificate, so the bytes (and the thumbprint) are the file's own.
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  return asn1 ? new Uint8Array(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary')) : null;
}

function contents(pfx: forge.pkcs12.Pkcs12Pfx): PfxContents {
  const certificates: Uint8Array[] = [];
  const keys: (forge.pki.rsa.PrivateKey | null)[] = [];
  for (const safe of pfx.safeContents) {
    for (const bag of safe.safeBags) {
      if (bag.type === forge.pki.oids.certBag) {
        const der = certificateDer(bag);
        if (der) certificates.push(der);
      } else if (bag.type === forge.pki.oids.keyBag || bag.type === forge.pki.oids.pkcs8ShroudedKeyBag) {
        keys.push(bag.key ?? null);
      }
    }
  }
  return { certificates, keys };
}

const macFailed = /MAC could not be verified/;
const unsupportedCipher = /Unsupported (encryption scheme|key derivation function|PKCS#12 PBE|MAC algorithm)|unsupported MAC|PRF/i;

type Attempt = Result<PfxContents> | { ok: false; error: { code: 'password' | 'broken'; message: string } };

function open(asn1: forge.asn1.Asn1, password: string | undefined): Attempt {
  try {
    return ok(contents(forge.pkcs12.pkcs12FromAsn1(asn1, false, password)));
  } catch (e) {
    const message = (e as Error).message;
    if (unsupportedCipher.test(message)) return fail('cert.unsupported-algorithm', message);
    // With a MAC, only a failed MAC says the password is wrong; without one, a wrong password shows up as
    // undecryptable or garbled contents.
    const passwordProblem = macFailed.test(message) || !hasMac(asn1);
    return { ok: false, error: { code: passwordProblem ? 'password' : 'broken', message } };
  }
}

/**
 * Opens the PFX whose ASN.1 is given. `fileName` names the file in messages. Without a password, an empty one
 * is tried (Windows and OpenSSL can export with none); if that fails the answer is `cert.password-required`.
 */
export function readPfx(asn1: forge.asn1.Asn1, fileName: string, password: string | null): Result<PfxContents> {
  const attempts = password === null ? ['', undefined] : [password];
  let last: Attempt = { ok: false, error: { code: 'password', message: '' } };
  for (const attempt of attempts) {
    last = open(asn1, attempt);
    if (last.ok) return last;
    // The MAC checked out but a PBES2 bag would not decrypt: a non-ASCII password, which PBES2 takes as UTF-8.
    if (attempt && [...attempt].some((c) => c.charCodeAt(0) > 0x7f) && hasMac(asn1) && !macFailed.test(last.error.message)) {
      const retry = open(withoutMac(asn1), utf8Binary(attempt));
      if (retry.ok) return retry;
    }
    if (last.error.code !== 'password') break;
  }
  if (last.ok) return last;
  if (last.error.code === 'cert.unsupported-algorithm') {
    return fail('cert.unsupported-algorithm', msg('error.cert.pfx-cipher', { file: fileName, error: last.error.message }), fileName);
  }
  if (last.error.code === 'password') {
    return password === null
      ? fail('cert.password-required', msg('error.cert.pfx-password-required', { file: fileName }), fileName)
      : fail('cert.password-wrong', msg('error.cert.pfx-password-wrong', { file: fileName }), fileName);
  }
  return fail('cert.unreadable', msg('error.cert.pfx-broken', { file: fileName, error: last.error.message }), fileName);
}
