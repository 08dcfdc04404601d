/** From the bytes of a document (fetched, read from a file or pasted) to its findings: parse, check, cross-check. */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { errorValue, type AppError } from '../result.js';
import { checkMetadataDocument } from './check-metadata.js';
import { crossCheckKeys, type ComparedCertificate, type KeyMatch, type ServerThumbprints } from './cross-check-keys.js';
import type { MetadataDocument } from './metadata-document.js';
import { tooLargeFinding } from './network-findings.js';
import { decodeDocumentText, parseMetadataDocument } from './parse-metadata.js';
import type { MetadataRole } from './well-known-services.js';

export interface AnalysisOptions {
  role: MetadataRole | null;
  /** The project's OAuth realm; null: not compared. */
  realm: string | null;
  now: Date;
  /** The certificates the keys must match (the project's certificate for this side, or `--cert` files). */
  certificates: readonly ComparedCertificate[];
  /** The thumbprints the server signs with, from its imported state; absent or null: not compared. */
  inUse?: ServerThumbprints | null;
  /** Named in the fix of a key mismatch on Exchange's side (Set-CsPartnerApplication -MetadataUrl). */
  metadataUrl: string | null;
}

export interface Analysis {
  document: MetadataDocument | null;
  findings: Finding[];
  keyMatches: KeyMatch[];
  text: string | null;
}

function unreadableDocument(error: AppError, subject: string, contentType: string | null): Finding {
  if (error.code === 'metadata.too-large') return tooLargeFinding(subject, errorValue(error));
  // A content type that is not JSON hints at an error or sign-in page.
  const detail =
    contentType && !/json/i.test(contentType)
      ? msg('metadata.not-json.detail.content-type', { reason: error.message, contentType })
      : msg('metadata.not-json.detail', { reason: error.message });
  return finding('metadata.not-json', 'error', {
    subject,
    detail,
    fix: msg('metadata.not-json.fix'),
  });
}

/** What was read: the bytes, the whole size when only the start was read, and the content type a server gave. */
export interface DocumentBytes {
  bytes: Uint8Array;
  size?: number;
  contentType?: string | null;
}

/** `subject` names the source in the findings (the URL, the file, "pasted text"). */
export function analyseMetadata({ bytes, size, contentType = null }: DocumentBytes, subject: string, options: AnalysisOptions): Analysis {
  const parsed = parseMetadataDocument(bytes, subject, size);
  if (!parsed.ok) {
    return { document: null, findings: [unreadableDocument(parsed.error, subject, contentType)], keyMatches: [], text: null };
  }
  const document = parsed.value;
  const cross = crossCheckKeys(document, options.role, options.certificates, { subject, metadataUrl: options.metadataUrl, inUse: options.inUse ?? null });
  return {
    document,
    findings: [...checkMetadataDocument(document, { role: options.role, realm: options.realm, now: options.now, subject }), ...cross.findings],
    keyMatches: cross.matches,
    text: decodeDocumentText(bytes),
  };
}
