/**
 * What the evidence report shows, as plain data: each area hands in what it has (the app's glue gathers it, a
 * consultant's export or a test builds it directly). Every part but the project may be empty; the report then
 * says so rather than leaving a gap.
 */
import type { Diagnosis } from '../diagnose/diagnose.js';
import type { Finding } from '../findings.js';
import type { ResolvedEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';

export interface ReportCertificate {
  /** What the certificate is for, e.g. "Lync OAuthTokenIssuer", "Exchange Auth", "TLS of atl-cs-001.litwareinc.com:443". */
  role: string;
  /** Where it came from: a file of the project, or an endpoint. */
  source: string;
  subject: string;
  issuer: string;
  subjectAlternativeNames: string[];
  notBefore: string;
  notAfter: string;
  keyBits: number | null;
  signatureAlgorithm: string | null;
  /** SHA-1, 40 upper-case hex digits, as Windows shows it. */
  thumbprint: string;
  sha256Fingerprint: string;
  x5t: string;
}

export interface ReportMetadataKey {
  thumbprint: string;
  x5t: string;
  notAfter: string | null;
}

export interface ReportMetadata {
  side: 'lync' | 'exchange';
  /** The URL it was fetched from, or the file it was read from. */
  source: string;
  retrievedAt: string | null;
  serviceName: string | null;
  issuer: string | null;
  realm: string | null;
  keys: ReportMetadataKey[];
}

export interface ReportState {
  side: 'exchange' | 'lync';
  file: string;
  server: string;
  collectedAt: string;
}

export interface ReportFindingGroup {
  /** The area the findings come from, e.g. "Project", "Certificates", "Imported server state". */
  area: string;
  findings: Finding[];
}

export interface ReportFile {
  /** Relative to the bundle folder. */
  path: string;
  bytes: number;
  /** 64 hex digits. */
  sha256: string;
}

export interface ReportTest {
  /** The test command(s) for the project. */
  commands: string[];
  /** "pasted", or the name of the imported output file. */
  source: string;
  receivedAt: string;
  diagnosis: Diagnosis;
  /** The output as it was read (the report shows its first lines). */
  output: string;
}

export interface ReportTime {
  label: string;
  /** ISO-8601. */
  at: string;
}

export interface ReportInput {
  tool: { name: string; version: string };
  /** ISO-8601. */
  generatedAt: string;
  project: { file: string | null; values: Project; resolved: ResolvedEndpoints };
  certificates: ReportCertificate[];
  metadata: ReportMetadata[];
  state: ReportState[];
  findings: ReportFindingGroup[];
  files: ReportFile[];
  test: ReportTest | null;
  times: ReportTime[];
}
