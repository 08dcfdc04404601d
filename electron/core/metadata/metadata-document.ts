/** A `/metadata/json/1` document as read (domain.md §1.2): everything optional, every key decoded. */
import type { CertificateFacts } from '../certs/x509.js';

export interface MetadataKey {
  /** Position in `keys[]`, from 0. */
  index: number;
  usage: string | null;
  /** `keyValue.type`, as published (x509Certificate, x509certificate…). */
  type: string | null;
  /** `keyInfo.x5t`, as published. */
  declaredX5t: string | null;
  /** The certificate `keyValue.value` decodes to; null when it does not. */
  certificate: CertificateFacts | null;
  /** Why the value is not a certificate; null when it is one. */
  problem: string | null;
}

export interface MetadataEndpoint {
  location: string | null;
  protocol: string | null;
  usage: string | null;
}

export interface MetadataDocument {
  id: string | null;
  version: string | null;
  name: string | null;
  realm: string | null;
  serviceName: string | null;
  issuer: string | null;
  allowedAudiences: string[];
  /** `absent`: no `keys` property; `not-a-list`: `keys` is something else than an array. */
  keysField: 'list' | 'absent' | 'not-a-list';
  keys: MetadataKey[];
  /** Shown as published, never fetched (domain.md §1.5: Exchange lists a back-end host on port 444). */
  endpoints: MetadataEndpoint[];
}
