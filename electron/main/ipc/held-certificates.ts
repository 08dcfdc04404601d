/**
 * The certificate files the user loaded in the Certificates step, per slot: their bytes and the PFX password they
 * typed, in this process's memory only. The password never leaves this object: the other areas (the metadata
 * cross-check, the report, the script generator) get the inspection it yields (facts, DER, findings), so a PFX the
 * user unlocked once is read with its password everywhere, and never written, logged or sent.
 */
import type { CertificateRole } from '../../core/certs/check-certificate.js';
import { inspectCertificate, type CertificateInspection, type InspectOptions } from '../../core/certs/inspect-certificate.js';
import { loadErrorFinding } from '../../core/certs/load-finding.js';
import type { ComparedCertificate } from '../../core/metadata/cross-check-keys.js';
import type { Project } from '../../core/model/project.js';

export type HeldSlot = 'oauthIssuer' | 'exchangeAuth';

export interface HeldFile {
  /** Null when the file could not be read from disk; `readError` says why. */
  bytes: Uint8Array | null;
  fileName: string;
  /** What the project records in `certificates.<slot>`; null for a dropped file. */
  projectPath: string | null;
  readError: string | null;
}

export interface HeldCertificates {
  /** Holds a file for the slot; keeps the password only when it is the same file as before. */
  hold(slot: HeldSlot, file: HeldFile, keepPassword: boolean): void;
  setPassword(slot: HeldSlot, password: string): boolean;
  forget(slot: HeldSlot): void;
  /** The name and recorded path of the file held (never its password); undefined when none is. */
  describe(slot: HeldSlot): Pick<HeldFile, 'fileName' | 'projectPath'> | undefined;
  /** The file held for the slot, read with its password; null when nothing is held. */
  inspect(slot: HeldSlot, options: Omit<InspectOptions, 'password'>): CertificateInspection | null;
  /**
   * The same, only when the file held is the one the project names in `certificates.<slot>` (a dropped file when it
   * names none): what the other areas use in place of re-reading the file without the password.
   */
  inspectFor(project: Project, slot: HeldSlot, options: { role: CertificateRole; now: Date; subject?: string }): CertificateInspection | null;
  /** The same as facts (or why it cannot be read, a missing password for one), named as the project names it. */
  comparedFor(project: Project, slot: HeldSlot, now: Date): ComparedCertificate | null;
}

const slotRoles: Record<HeldSlot, CertificateRole> = { oauthIssuer: 'oauth-issuer', exchangeAuth: 'exchange-auth' };

export function createHeldCertificates(): HeldCertificates {
  const held = new Map<HeldSlot, HeldFile & { password: string | null }>();
  const inspect: HeldCertificates['inspect'] = (slot, options) => {
    const entry = held.get(slot);
    if (!entry) return null;
    if (entry.bytes) return inspectCertificate(entry.bytes, entry.fileName, { ...options, password: entry.password });
    const subject = options.subject ?? entry.fileName;
    const message = `Cannot read ${entry.projectPath ?? entry.fileName}: ${entry.readError}.`;
    return { role: options.role, file: entry.fileName, certificate: null, daysLeft: null, trust: null, findings: [loadErrorFinding({ code: 'cert.unreadable', message }, options.role, subject)] };
  };
  const inspectFor: HeldCertificates['inspectFor'] = (project, slot, options) => {
    const named = project.certificates[slot] || null;
    if (held.get(slot)?.projectPath !== named) return null;
    return inspect(slot, { ...options, sipDomain: project.sipDomain || null });
  };
  return {
    hold(slot, file, keepPassword) {
      const previous = held.get(slot);
      const password = keepPassword && previous?.projectPath === file.projectPath ? previous.password : null;
      held.set(slot, { ...file, password });
    },
    setPassword(slot, password) {
      const entry = held.get(slot);
      if (!entry) return false;
      entry.password = password;
      return true;
    },
    forget(slot) {
      held.delete(slot);
    },
    describe(slot) {
      const entry = held.get(slot);
      return entry && { fileName: entry.fileName, projectPath: entry.projectPath };
    },
    inspect,
    inspectFor,
    comparedFor(project, slot, now) {
      const inspection = inspectFor(project, slot, { role: slotRoles[slot], now });
      if (inspection === null) return null;
      const file = project.certificates[slot] || inspection.file;
      if (inspection.certificate) return { file, facts: inspection.certificate.leaf };
      return { file, unreadable: inspection.findings[0]?.detail ?? `${file} could not be read.` };
    },
  };
}
