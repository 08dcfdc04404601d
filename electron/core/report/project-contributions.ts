/**
 * What the report can tell about certificates and metadata from the project's own files: the two certificate
 * files (`certificates.oauthIssuer`, `certificates.exchangeAuth`) and the saved metadata documents
 * (`lyncMetadataFile`, `exchangeMetadataFile`), read and checked as `check --offline` does, each document's keys
 * compared with that side's certificate. A PFX is read without its password (passwords stay where the user typed
 * them), so it shows as such a finding rather than with its facts.
 */
import { inspectCertificate } from '../certs/inspect-certificate.js';
import type { CertificateFacts } from '../certs/x509.js';
import type { Finding } from '../findings.js';
import { analyseMetadata } from '../metadata/analyse-metadata.js';
import { comparedCertificate } from '../metadata/compared-certificate.js';
import type { ComparedCertificate } from '../metadata/cross-check-keys.js';
import { resolveEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';
import type { ReportContributions } from './assemble-report-input.js';
import type { ReportCertificate, ReportMetadata } from './report-input.js';

export interface ProjectFileReader {
  /** Reads a path as the project writes it (relative to the project file: the glue resolves it). */
  readFile(path: string): Promise<Uint8Array>;
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
    const certificatePath = project.certificates[slot];
    let compared: ComparedCertificate | null = null;
    if (certificatePath) {
      const bytes = await readOrNull(reader, certificatePath);
      if (bytes instanceof Uint8Array) {
        const inspection = inspectCertificate(bytes, certificatePath, { role, now, password: null, sipDomain: project.sipDomain || null, subject: `certificates.${slot} (${certificatePath})` });
        certificateFindings.push(...inspection.findings);
        if (inspection.certificate) certificates.push(reportCertificate(label, certificatePath, inspection.certificate.leaf));
        compared = comparedCertificate(bytes, certificatePath, null);
      }
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
