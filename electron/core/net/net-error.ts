/**
 * The errors of the HTTPS client: the shared AppError shape, with the URL it failed at and, for an untrusted
 * certificate, what the server presented and why it was refused.
 */
import type { AppError } from '../result.js';
import type { PresentedCertificate } from './presented-certificate.js';

export type NetErrorCode =
  | 'net.invalid-url'
  | 'net.not-https'
  | 'net.unreachable'
  | 'net.timeout'
  | 'net.tls-untrusted'
  | 'net.too-large'
  | 'net.redirect-refused'
  | 'net.aborted';

/** Why a certificate was refused: the user's choices differ (import the CA, pin, fix the server). */
export type TlsRejection = 'unknown-ca' | 'self-signed' | 'wrong-host' | 'expired' | 'not-yet-valid' | 'pin-mismatch' | 'other';

export interface NetError extends AppError {
  code: NetErrorCode;
  /** The URL of the request that failed (after any redirects followed). */
  url: string;
  /** net.tls-untrusted: the chain the server presented, when it could be read. */
  presented?: PresentedCertificate | null;
  tlsRejection?: TlsRejection;
  /** net.redirect-refused: the status and the Location that was refused. */
  redirect?: { status: number; location: string };
}

export function netError(code: NetErrorCode, url: string, message: string, extra: Partial<NetError> = {}): NetError {
  return { code, url, message, subject: url, ...extra };
}

const tlsCodes: Record<string, TlsRejection> = {
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'unknown-ca',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-ca',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-ca',
  CERT_UNTRUSTED: 'unknown-ca',
  ERR_TLS_CERT_ALTNAME_INVALID: 'wrong-host',
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  CERT_SIGNATURE_FAILURE: 'other',
  CERT_REVOKED: 'other',
  INVALID_CA: 'other',
  INVALID_PURPOSE: 'other',
  CERT_CHAIN_TOO_LONG: 'other',
  PATH_LENGTH_EXCEEDED: 'other',
};

/** The TLS verification error a socket failed with, or null when the error is not about the certificate. */
export function tlsRejectionOf(error: NodeJS.ErrnoException): TlsRejection | null {
  return error.code !== undefined ? (tlsCodes[error.code] ?? null) : null;
}

const rejectionText: Record<TlsRejection, string> = {
  'unknown-ca': 'it does not chain to a root this computer trusts',
  'self-signed': 'it is self-signed and not trusted here',
  'wrong-host': 'it was not issued for this host name',
  expired: 'it has expired',
  'not-yet-valid': 'it is not valid yet',
  'pin-mismatch': 'it differs from the certificate pinned for this endpoint',
  other: 'it failed verification',
};

export function describeTlsRejection(rejection: TlsRejection, error?: NodeJS.ErrnoException): string {
  const base = rejectionText[rejection];
  return error?.message && rejection !== 'pin-mismatch' ? `${base} (${error.message})` : base;
}

/** Errors that happen before any HTTP answer: DNS, refused, reset, a server that does not speak TLS. */
export function describeConnectionError(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return `the name ${host} could not be resolved (DNS: ${error.code})`;
    case 'ECONNREFUSED':
      return `${host}:${port} refused the connection (nothing listens there)`;
    case 'ECONNRESET':
      return `${host}:${port} closed the connection before answering`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host}:${port} is not reachable from this computer (${error.code})`;
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return `${host}:${port} did not complete a TLS handshake (is it plain http on that port?): ${error.message}`;
    default:
      return `${host}:${port}: ${error.message}${error.code ? ` (${error.code})` : ''}`;
  }
}
