/**
 * What the report can tell about certificates and metadata from the project's own files: the two certificate
 * files (`certificates.oauthIssuer`, `certificates.exchangeAuth`) and the saved metadata documents
 * (`lyncMetadataFile`, `exchangeMetadataFile`), read and checked as `check --offline` does, each document's keys
 * compared with that side's certificate. A certificate the caller already holds (the app's Certificates step, a PFX
 * read there with the password the user typed) is used as it holds it; a file read here is read without a password
 * (passwords stay where the user typed them), so a PFX then shows as such a finding rather than with its facts.
 */
import type { CertificateRole } from '../certs/check-certificate.js';
import { inspectCertificate, type CertificateInspection } from '../certs/inspect-certificate.js';
import type { CertificateFacts } from '../certs/x509.js';
import type { Finding } from '../findings.js';
import { analyseMetadata } from '../metadata/analyse-metadata.js';
import type { ComparedCertificate, ServerThumbprints } from '../metadata/cross-check-keys.js';
import type { MetadataRole } from '../metadata/well-known-services.js';
import { resolveEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';
import type { ReportContributions } from './assemble-report-input.js';
import type { ReportCertificate, ReportMetadata } from './report-input.js';

export interface ProjectFileReader {
  /** Reads a path as the project writes it (relative to the project file: the glue resolves it). */
  readFile(path: string): Promise<Uint8Array>;
  /** The certificate the caller holds for the slot, inspected for the role; null (or absent): the file is read. */
  heldCertificate?(slot: 'oauthIssuer' | 'exchangeAuth', options: { role: CertificateRole; now: Date; subject: string }): CertificateInspection | null;
  /** The thumbprints each side signs with, from its imported state (server-thumbprints.ts); absent: not compared. */
  inUse?: Record<MetadataRole, ServerThumbprints | null>;
}

const sides = [
  { side: 'lync', slot: 'oauthIssuer', role: 'oauth-issuer', label: 'Lync OAuthTokenIssuer', documentField: 'lyncMetadataFile' },
  { side: 'exchange', slot: 'exchangeAuth', role: 'exchange-auth', label: 'Exchange Auth certificate', documentField: 'exchangeMetadataFile' },
] as const;

function reportCertificate(role: string, source: string, facts: CertificateFacts): ReportCertificate {
  return {
    role,
    source,
    subject: facts.subject,
    issuer: facts.issuer,
    subjectAlternativeNames: facts.subjectAlternativeNames,
    notBefore: facts.notBefore,
    notAfter: facts.notAfter,
    keyBits: facts.keyBits,
    signatureAlgorithm: facts.signatureAlgorithm,
    thumbprint: facts.thumbprint,
    sha256Fingerprint: facts.sha256Fingerprint,
    x5t: facts.x5t,
  };
}

async function readOrNull(reader: ProjectFileReader, path: string): Promise<Uint8Array | { error: string }> {
  try {
    return await reader.readFile(path);
  } catch (e) {
    return { error: (e as Error).message };
  }
}

export async function projectContributions(project: Project, reader: ProjectFileReader, now: Date): Promise<ReportContributions> {
  const certificates: ReportCertificate[] = [];
  const metadata: ReportMetadata[] = [];
  const certificateFindings: Finding[] = [];
  const metadataFindings: Finding[] = [];
  const resolved = resolveEndpoints(project);
  for (const { side, slot, role, label, documentField } of sides) {
    const certificatePath = project.certificates[slot] || null;
    const subject = certificatePath ? `certificates.${slot} (${certificatePath})` : `certificates.${slot}`;
    let inspection = reader.heldCertificate?.(slot, { role, now, subject }) ?? null;
    if (inspection === null && certificatePath) {
      const bytes = await readOrNull(reader, certificatePath);
      if (bytes instanceof Uint8Array) inspection = inspectCertificate(bytes, certificatePath, { role, now, password: null, sipDomain: project.sipDomain || null, subject });
    }
    let compared: ComparedCertificate | null = null;
    if (inspection) {
      const source = certificatePath ?? inspection.file;
      certificateFindings.push(...inspection.findings);
      if (inspection.certificate) certificates.push(reportCertificate(label, source, inspection.certificate.leaf));
      // A file that could not be read shows why, as its load finding says.
      compared = inspection.certificate ? { file: source, facts: inspection.certificate.leaf } : { file: source, unreadable: inspection.findings[0]?.detail ?? `${source} could not be read.` };
    }
    const documentPath = project[documentField];
    if (documentPath) {
      const bytes = await readOrNull(reader, documentPath);
      if (!(bytes instanceof Uint8Array)) continue;
      const analysis = analyseMetadata({ bytes }, documentPath, {
        role: side,
        realm: resolved.realm || null,
        now,
        certificates: compared ? [compared] : [],
        inUse: reader.inUse?.[side] ?? null,
        metadataUrl: side === 'lync' ? resolved.lyncMetadataUrl : resolved.exchangeMetadataUrl,
      });
      metadataFindings.push(...analysis.findings);
      const document = analysis.document;
      if (document) {
        metadata.push({
          side,
          source: documentPath,
          retrievedAt: null,
          serviceName: document.serviceName,
          issuer: document.issuer,
          realm: document.realm,
          keys: document.keys.flatMap((key) => (key.certificate ? [{ thumbprint: key.certificate.thumbprint, x5t: key.certificate.x5t, notAfter: key.certificate.notAfter }] : [])),
        });
      }
    }
  }
  return {
    certificates,
    metadata,
    files: [],
    findings: [
      { area: 'Certificates (the project files)', findings: certificateFindings },
      { area: 'Metadata documents (the saved copies)', findings: metadataFindings },
    ],
    times: [],
  };
}
