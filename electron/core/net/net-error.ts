/**
 * The errors of the HTTPS client: the shared AppError shape, with the URL it failed at and, for an untrusted
 * certificate, what the server presented and why it was refused.
 */
import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
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

/** The error, its English rendered from the message, the message kept for the UI's language. */
export function netError(code: NetErrorCode, url: string, message: Message, extra: Partial<NetError> = {}): NetError {
  return { code, url, message: english(message), text: message, subject: url, ...extra };
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

const rejectionText = {
  'unknown-ca': msg('error.net.rejection.unknown-ca'),
  'self-signed': msg('error.net.rejection.self-signed'),
  'wrong-host': msg('error.net.rejection.wrong-host'),
  expired: msg('error.net.rejection.expired'),
  'not-yet-valid': msg('error.net.rejection.not-yet-valid'),
  'pin-mismatch': msg('error.net.rejection.pin-mismatch'),
  other: msg('error.net.rejection.other'),
} satisfies Record<TlsRejection, Message>;

export function describeTlsRejection(rejection: TlsRejection, error?: NodeJS.ErrnoException): Message {
  const base = rejectionText[rejection];
  return error?.message && rejection !== 'pin-mismatch' ? msg('error.net.rejection.with-cause', { reason: base, cause: error.message }) : base;
}

/** Errors that happen before any HTTP answer: DNS, refused, reset, a server that does not speak TLS. */
export function describeConnectionError(error: NodeJS.ErrnoException, host: string, port: number): Message {
  const endpoint = `${host}:${port}`;
  switch (error.code) {
    case 'ENOTFOUND':
    case 'EAI_NONAME':
    case 'EAI_AGAIN':
    case 'EAI_FAIL':
      return msg('error.net.dns', { host, code: error.code });
    case 'ECONNREFUSED':
      return msg('error.net.refused', { endpoint });
    case 'ECONNRESET':
      return msg('error.net.reset', { endpoint });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return msg('error.net.no-route', { endpoint, code: error.code });
    case 'EPROTO':
    case 'ERR_SSL_WRONG_VERSION_NUMBER':
      return msg('error.net.no-tls', { endpoint, error: error.message });
    default:
      return msg('error.net.other', { endpoint, error: `${error.message}${error.code ? ` (${error.code})` : ''}` });
  }
}
