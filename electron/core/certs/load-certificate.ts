/**
 * Reads a certificate file: PEM (one or several certificates, with or without a key), DER / .cer, or PFX
 * (PKCS#12) with its password. The format is told from the bytes, not the file name.
 * Error codes are the finding ids: `cert.unreadable`, `cert.password-required`, `cert.password-wrong`,
 * `cert.unsupported-algorithm`.
 */
import forge from 'node-forge';
import { msg } from '../message-catalogue.js';
import { errorValue, fail, ok, type Result } from '../result.js';
import { pickLeafAndChain } from './leaf-and-chain.js';
import { readPemBlocks } from './pem-blocks.js';
import { looksLikePfx, readPfx } from './pfx.js';
import { readPemPrivateKey } from './pem-private-key.js';
import { decodeCertificate, type CertificateFacts, type DecodedCertificate } from './x509.js';

export type CertificateFormat = 'pem' | 'der' | 'pfx';

export interface LoadedCertificate {
  format: CertificateFormat;
  leaf: CertificateFacts;
  /** The other certificates of the file: the leaf's issuer first, up the chain, then any others. */
  chain: CertificateFacts[];
  /** The file holds the private key of the leaf. */
  hasPrivateKey: boolean;
}

/** The same, with node-forge's objects kept for chain verification inside core/certs. */
export interface DecodedCertificateFile {
  format: CertificateFormat;
  leaf: DecodedCertificate;
  chain: DecodedCertificate[];
  hasPrivateKey: boolean;
}

const maxFileBytes = 1024 * 1024;

function decodeAll(ders: readonly Uint8Array[], fileName: string): Result<DecodedCertificate[]> {
  const decoded: DecodedCertificate[] = [];
  for (const [index, der] of ders.entries()) {
    const one = decodeCertificate(der);
    if (!one.ok) {
      const error = errorValue(one.error);
      const text = ders.length > 1 ? msg('error.cert.nth-in-file', { index: index + 1, count: ders.length, file: fileName, error }) : msg('error.cert.in-file', { file: fileName, error });
      return fail(one.error.code, text, fileName);
    }
    decoded.push(one.value);
  }
  return ok(decoded);
}

function fromPem(text: string, fileName: string, password: string | null): Result<DecodedCertificateFile> | null {
  const blocks = readPemBlocks(text);
  if (blocks === null) return null;
  if ('error' in blocks) return fail('cert.unreadable', msg('error.cert.pem-broken', { file: fileName, error: blocks.error }), fileName);
  const certificateBlocks = blocks.filter((b) => b.label === 'CERTIFICATE' || b.label === 'X509 CERTIFICATE' || b.label === 'TRUSTED CERTIFICATE');
  if (certificateBlocks.length === 0) {
    return fail('cert.unreadable', msg('error.cert.no-certificate-block', { file: fileName, labels: [...new Set(blocks.map((b) => b.label))].join(', ') }), fileName);
  }
  const decoded = decodeAll(certificateBlocks.map((b) => b.der), fileName);
  if (!decoded.ok) return decoded;
  const keys: forge.pki.rsa.PrivateKey[] = [];
  for (const block of blocks.filter((b) => /PRIVATE KEY$/.test(b.label))) {
    const key = readPemPrivateKey(block, fileName, password);
    if (!key.ok) return key;
    keys.push(key.value);
  }
  return ok({ format: 'pem', ...pickLeafAndChain(decoded.value, keys) });
}

function parseAsn1(bytes: Uint8Array): forge.asn1.Asn1 | null {
  try {
    // node-forge's typings know only the boolean form; the options object makes it refuse trailing bytes.
    const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { strict: boolean; parseAllBytes: boolean }) => forge.asn1.Asn1;
    return fromDer(forge.util.createBuffer(Buffer.from(bytes).toString('binary')), { strict: true, parseAllBytes: true });
  } catch {
    return null;
  }
}

/** Base64 text without PEM lines (some tools save a .cer that way). */
function bareBase64(text: string): Uint8Array | null {
  const compact = text.replace(/^\uFEFF/, '').replace(/\s+/g, '');
  if (compact.length < 64 || compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

/** Reads the file, keeping node-forge's objects (for the checks in core/certs). */
export function decodeCertificateFile(bytes: Uint8Array, fileName: string, password: string | null): Result<DecodedCertificateFile> {
  if (bytes.length === 0) return fail('cert.unreadable', msg('error.cert.empty', { file: fileName }), fileName);
  if (bytes.length > maxFileBytes) return fail('cert.unreadable', msg('error.cert.too-large', { file: fileName, size: bytes.length }), fileName);
  const text = Buffer.from(bytes).toString('latin1');
  const pem = fromPem(text, fileName, password);
  if (pem) return pem;
  const der = bareBase64(text) ?? bytes;
  const asn1 = parseAsn1(der);
  if (!asn1) {
    return fail('cert.unreadable', msg('error.cert.not-a-certificate', { file: fileName, pemHeader: '-----BEGIN CERTIFICATE-----' }), fileName);
  }
  if (looksLikePfx(asn1)) {
    const pfx = readPfx(asn1, fileName, password);
    if (!pfx.ok) return pfx;
    if (pfx.value.certificates.length === 0) return fail('cert.unreadable', msg('error.cert.pfx-empty', { file: fileName }), fileName);
    const decoded = decodeAll(pfx.value.certificates, fileName);
    if (!decoded.ok) return decoded;
    if (pfx.value.keys.some((k) => k === null)) {
      return fail('cert.unsupported-algorithm', msg('error.cert.pfx-key-not-rsa', { file: fileName }), fileName);
    }
    return ok({ format: 'pfx', ...pickLeafAndChain(decoded.value, pfx.value.keys.filter((k) => k !== null)) });
  }
  const decoded = decodeAll([der], fileName);
  if (!decoded.ok) return decoded;
  return ok({ format: 'der', ...pickLeafAndChain(decoded.value, []) });
}

/** Reads a certificate file into plain facts (safe to send over IPC or print). */
export function loadCertificate(bytes: Uint8Array, fileName: string, password: string | null): Result<LoadedCertificate> {
  const file = decodeCertificateFile(bytes, fileName, password);
  if (!file.ok) return file;
  const { format, leaf, chain, hasPrivateKey } = file.value;
  return ok({ format, leaf: leaf.facts, chain: chain.map((c) => c.facts), hasPrivateKey });
}
