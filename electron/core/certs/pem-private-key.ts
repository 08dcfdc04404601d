/** A private key block of a PEM file: RSA (PKCS#1 or PKCS#8), encrypted or not. Anything else is refused clearly. */
import forge from 'node-forge';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { fail, ok, type Result } from '../result.js';
import type { PemBlock } from './pem-blocks.js';

const rsaEncryptionOid = '1.2.840.113549.1.1.1';

function notRsa(fileName: string, what: Message): Result<never> {
  return fail('cert.unsupported-algorithm', msg('error.cert.key-not-rsa', { file: fileName, what }), fileName);
}

function asn1Of(der: Uint8Array): forge.asn1.Asn1 | null {
  try {
    return forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary')));
  } catch {
    return null;
  }
}

/** PrivateKeyInfo → its algorithm OID (SEQUENCE { version, AlgorithmIdentifier { OID, … }, … }). */
function pkcs8AlgorithmOid(info: forge.asn1.Asn1): string | null {
  const algorithm = (info.value as forge.asn1.Asn1[] | undefined)?.[1];
  const oid = (algorithm?.value as forge.asn1.Asn1[] | undefined)?.[0];
  return oid && typeof oid.value === 'string' ? forge.asn1.derToOid(oid.value) : null;
}

function fromPrivateKeyInfo(info: forge.asn1.Asn1, fileName: string): Result<forge.pki.rsa.PrivateKey> {
  const oid = pkcs8AlgorithmOid(info);
  if (oid !== rsaEncryptionOid) return notRsa(fileName, oid === '1.2.840.10045.2.1' ? msg('error.cert.key.ec') : msg('error.cert.key.algorithm', { oid: oid ?? 'unknown' }));
  try {
    return ok(forge.pki.privateKeyFromAsn1(info) as forge.pki.rsa.PrivateKey);
  } catch (e) {
    return fail('cert.unreadable', msg('error.cert.key-unreadable', { file: fileName, error: (e as Error).message }), fileName);
  }
}

/** Encryption of PKCS#8 (PBES2) takes the password's UTF-8 bytes; node-forge takes them as a binary string. */
function passwordForms(password: string): string[] {
  const utf8 = Buffer.from(password, 'utf8').toString('binary');
  return utf8 === password ? [password] : [password, utf8];
}

function decryptPkcs8(block: PemBlock, fileName: string, password: string): Result<forge.pki.rsa.PrivateKey> {
  const encrypted = asn1Of(block.der);
  if (!encrypted) return fail('cert.unreadable', msg('error.cert.key-not-der', { file: fileName, label: 'ENCRYPTED PRIVATE KEY' }), fileName);
  for (const form of passwordForms(password)) {
    let info: forge.asn1.Asn1 | null = null;
    try {
      info = forge.pki.decryptPrivateKeyInfo(encrypted, form);
    } catch (e) {
      if (/Unsupported/i.test((e as Error).message)) {
        return fail('cert.unsupported-algorithm', msg('error.cert.key-cipher', { file: fileName, error: (e as Error).message }), fileName);
      }
    }
    if (info) return fromPrivateKeyInfo(info, fileName);
  }
  return fail('cert.password-wrong', msg('error.cert.key-password-wrong', { file: fileName }), fileName);
}

function decryptLegacyRsa(block: PemBlock, fileName: string, password: string): Result<forge.pki.rsa.PrivateKey> {
  for (const form of passwordForms(password)) {
    try {
      const key = forge.pki.decryptRsaPrivateKey(block.text, form);
      if (key) return ok(key);
    } catch {
      // A wrong password garbles the DER; try the next form, then report a wrong password.
    }
  }
  return fail('cert.password-wrong', msg('error.cert.key-password-wrong', { file: fileName }), fileName);
}

/** Reads one private key block, or says why not (password needed or wrong, not RSA, damaged). */
export function readPemPrivateKey(block: PemBlock, fileName: string, password: string | null): Result<forge.pki.rsa.PrivateKey> {
  const encrypted = block.label === 'ENCRYPTED PRIVATE KEY' || block.encryptedHeader;
  if (encrypted && password === null) {
    return fail('cert.password-required', msg('error.cert.key-password-required', { file: fileName }), fileName);
  }
  if (block.label === 'ENCRYPTED PRIVATE KEY') return decryptPkcs8(block, fileName, password as string);
  if (block.label === 'RSA PRIVATE KEY') {
    if (block.encryptedHeader) return decryptLegacyRsa(block, fileName, password as string);
    try {
      return ok(forge.pki.privateKeyFromPem(block.text) as forge.pki.rsa.PrivateKey);
    } catch (e) {
      return fail('cert.unreadable', msg('error.cert.rsa-key-unreadable', { file: fileName, error: (e as Error).message }), fileName);
    }
  }
  if (block.label === 'PRIVATE KEY') {
    const info = asn1Of(block.der);
    if (!info) return fail('cert.unreadable', msg('error.cert.key-not-der', { file: fileName, label: 'PRIVATE KEY' }), fileName);
    return fromPrivateKeyInfo(info, fileName);
  }
  if (block.label === 'EC PRIVATE KEY') return notRsa(fileName, msg('error.cert.key.ec'));
  return notRsa(fileName, msg('error.cert.key.block', { label: block.label }));
}
