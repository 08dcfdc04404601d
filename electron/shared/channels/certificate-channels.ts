/**
 * Channels of the Certificates step. The renderer never sees a certificate file's bytes unless the user dropped
 * the file into it: main reads picked files itself, keeps them (and any PFX password) in memory per slot, and
 * answers with facts and findings only. Passwords go in, never come back out.
 */
import type { CertificateRole } from '../../core/certs/check-certificate.js';
import type { LoadedCertificate } from '../../core/certs/load-certificate.js';
import type { Finding } from '../../core/findings.js';
import type { Project } from '../../core/model/project.js';
import type { TlsProbeReport } from '../../core/net/tls-probe.js';
import type { DroppedFile } from './dropped-file.js';

/** The project's fields under `certificates`. */
export type CertificateSlot = 'oauthIssuer' | 'exchangeAuth';

export interface CertificateCard {
  slot: CertificateSlot;
  role: CertificateRole;
  fileName: string;
  /**
   * What the project records in `certificates.<slot>`: relative to the project file when it has one, else absolute.
   * Null for a dropped file, whose location the app does not know.
   */
  projectPath: string | null;
  /** Null when the file could not be read (or needs a password): see the findings. */
  certificate: LoadedCertificate | null;
  daysLeft: number | null;
  /** The file is a PFX (or encrypted key) that needs its password, or the one given was wrong. */
  needsPassword: boolean;
  /** Worst first. */
  findings: Finding[];
}

export interface TrustedCaFile {
  /** As the project records it in `trustedCaFiles`. */
  path: string;
  subjects: string[];
}

/** Which metadata endpoint to probe: the Lync/SfB pool's, or Exchange Autodiscover's. */
export type ProbeEndpoint = 'pool' | 'autodiscover';

export interface CertificateChannels {
  /** Shows the Open dialog for a certificate file; null when the user cancels. */
  'certs:pick': { args: [slot: CertificateSlot, project: Project]; value: CertificateCard | null };
  /** A file dropped on the step; a file over 1 MiB is not read (the card says why). */
  'certs:drop': { args: [slot: CertificateSlot, project: Project, dropped: DroppedFile]; value: CertificateCard };
  /**
   * Reads the file the project names (opening a saved project); with none named, the dropped file held, if any.
   * A relative path resolves against the project file main knows (opened or saved in a native dialog).
   */
  'certs:load': { args: [slot: CertificateSlot, project: Project]; value: CertificateCard | null };
  /** Tries the PFX password on the file held for the slot; kept in main memory only, never saved. */
  'certs:password': { args: [slot: CertificateSlot, project: Project, password: string]; value: CertificateCard };
  /** Forgets the file and password held for the slot. */
  'certs:forget': { args: [slot: CertificateSlot]; value: null };
  /** Shows the Open dialog for a CA file to trust; null when the user cancels. */
  'certs:pick-ca': { args: []; value: TrustedCaFile | null };
  /** Probes an endpoint's TLS certificate; `operationId` lets `certs:cancel-probe` stop it. */
  'certs:probe': { args: [operationId: string, endpoint: ProbeEndpoint, project: Project]; value: TlsProbeReport };
  'certs:cancel-probe': { args: [operationId: string]; value: null };
  /** Copies a fix (a command) to the clipboard: main does it, the renderer has no clipboard permission. */
  'certs:copy': { args: [text: string]; value: null };
}

export const certificateApiChannels = {
  pickCertificate: 'certs:pick',
  dropCertificate: 'certs:drop',
  loadCertificate: 'certs:load',
  submitCertificatePassword: 'certs:password',
  forgetCertificate: 'certs:forget',
  pickTrustedCa: 'certs:pick-ca',
  probeEndpoint: 'certs:probe',
  cancelProbe: 'certs:cancel-probe',
  copyFix: 'certs:copy',
} as const satisfies Record<string, keyof CertificateChannels>;
