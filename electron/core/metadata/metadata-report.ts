/** What one look at a metadata document gives the CLI and the wizard: plain JSON, safe to print or send over IPC. */
import type { Finding } from '../findings.js';
import type { TlsRejection } from '../net/net-error.js';
import type { PresentedCertificate } from '../net/presented-certificate.js';
import type { KeyMatch } from './cross-check-keys.js';
import type { MetadataDocument } from './metadata-document.js';
import type { MetadataRole } from './well-known-services.js';

export type MetadataSource =
  | {
      kind: 'url';
      url: string;
      /** After redirects. */
      finalUrl: string;
      redirects: string[];
      /** Null when no HTTP answer came. */
      status: number | null;
      contentType: string | null;
      elapsedMs: number;
    }
  /** `dropped`: a file dropped on the wizard, whose location the app does not know (`file` is its name). */
  | { kind: 'file'; file: string; dropped?: true }
  | { kind: 'text' };

export interface EndpointTls {
  /** `host:port`: the key of a pin. */
  endpoint: string;
  /** What the server presented (also on success). */
  certificate: PresentedCertificate | null;
  /** Why it was refused; null when it was trusted. */
  rejection: TlsRejection | null;
  /** Trusted through the project's pin rather than a CA. */
  pinned: boolean;
}

export interface MetadataReport {
  role: MetadataRole | null;
  source: MetadataSource;
  /** Null when no document could be read. */
  document: MetadataDocument | null;
  findings: Finding[];
  /** Which keys match the project's certificates. */
  keyMatches: KeyMatch[];
  /** The body as text, for saving into the project folder; null when none was read. */
  text: string | null;
  tls: EndpointTls | null;
}
