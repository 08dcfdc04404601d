/**
 * The certificate checks of a project, as `s2s-wizard check` runs them: the two certificate files the project
 * names (`certificates.oauthIssuer`, `certificates.exchangeAuth`) and its trusted CA files (`trustedCaFiles`).
 * PFX passwords are never in the project: the caller passes them (the CLI from environment variables).
 */
import { finding, sortFindings, type Finding } from '../findings.js';
import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { Project } from '../model/project.js';
import { errorValue } from '../result.js';
import { buildTrustStore, readTrustedCaFiles, type TrustStore } from '../net/trust-store.js';
import type { CertificateRole } from './check-certificate.js';
import { inspectCertificate, type CertificateInspection } from './inspect-certificate.js';
import { loadErrorFinding } from './load-finding.js';

export interface ProjectCertificateEdges {
  /** Reads a path as the project writes it (relative to the project file; the glue resolves it). */
  readFile(path: string): Promise<Uint8Array>;
  now: Date;
  passwords: { oauthIssuer: string | null; exchangeAuth: string | null };
  /** `tls.rootCertificates`, and the system store where the runtime has one (null on Node 20). */
  roots: { bundled: readonly string[]; system: readonly string[] | null };
}

export type CertificateSummary = Omit<CertificateInspection, 'findings'>;

export interface ProjectCertificatesReport {
  findings: Finding[];
  oauthIssuer: CertificateSummary | null;
  exchangeAuth: CertificateSummary | null;
  trustStore: TrustStore['sources'];
}

const fields = { oauthIssuer: 'oauth-issuer', exchangeAuth: 'exchange-auth' } as const satisfies Record<string, CertificateRole>;

function readError(error: unknown, file: string, field: string): Message {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return msg('cert.reason.read-missing', { file, field });
  if (code === 'EACCES') return msg('cert.reason.read-denied', { file, field });
  if (code === 'EISDIR') return msg('cert.reason.read-folder', { file, field });
  return msg('cert.reason.read-failed', { file, field, error: (error as Error).message });
}

async function checkOne(project: Project, field: keyof typeof fields, edges: ProjectCertificateEdges): Promise<CertificateInspection | null> {
  const path = project.certificates[field];
  if (path === null || path === undefined) return null;
  const role = fields[field];
  const subject = `certificates.${field} (${path})`;
  let bytes: Uint8Array;
  try {
    bytes = await edges.readFile(path);
  } catch (e) {
    const reason = readError(e, path, `certificates.${field}`);
    const error = { code: 'cert.unreadable', message: english(reason) };
    return { role, file: path, certificate: null, daysLeft: null, trust: null, findings: [loadErrorFinding(error, role, subject, reason)] };
  }
  return inspectCertificate(bytes, path, { role, now: edges.now, password: edges.passwords[field], sipDomain: project.sipDomain || null, subject });
}

function summary(inspection: CertificateInspection | null): CertificateSummary | null {
  if (!inspection) return null;
  const { findings: _findings, ...rest } = inspection;
  return rest;
}

export async function checkProjectCertificates(project: Project, edges: ProjectCertificateEdges): Promise<ProjectCertificatesReport> {
  const oauthIssuer = await checkOne(project, 'oauthIssuer', edges);
  const exchangeAuth = await checkOne(project, 'exchangeAuth', edges);
  const findings = [...(oauthIssuer?.findings ?? []), ...(exchangeAuth?.findings ?? [])];
  const imported = await readTrustedCaFiles(project.trustedCaFiles, edges.readFile);
  if (!imported.ok) {
    findings.push(
      finding('cert.ca-unreadable', 'error', {
        subject: imported.error.subject ?? 'trustedCaFiles',
        detail: msg('cert.ca-unreadable.detail', { reason: errorValue(imported.error) }),
        fix: msg('cert.ca-unreadable.fix'),
      }),
    );
  }
  const trustStore = buildTrustStore({ bundled: edges.roots.bundled, system: edges.roots.system, imported: imported.ok ? imported.value : [] });
  return { findings: sortFindings(findings), oauthIssuer: summary(oauthIssuer), exchangeAuth: summary(exchangeAuth), trustStore: trustStore.sources };
}
