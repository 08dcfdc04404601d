/**
 * Channels of the Metadata step. Main fetches, reads and writes; the renderer gets plain reports. Paths the
 * project records are relative to the project file, which main knows, or absolute for a file the user chose
 * outside its folder (the renderer never names a path main has not given it).
 */
import type { TrustProbeReport } from '../../core/metadata/exchange-trust-probe.js';
import type { MetadataReport } from '../../core/metadata/metadata-report.js';
import type { MetadataRole } from '../../core/metadata/well-known-services.js';
import type { Project } from '../../core/model/project.js';
import type { DroppedFile } from './dropped-file.js';

export interface ImportedMetadata {
  report: MetadataReport;
  /** What the project records in lyncMetadataFile / exchangeMetadataFile: relative to the project file when inside its folder, else absolute. */
  path: string;
}

export interface MetadataChannels {
  /** Fetches one side's document from the project's URL; `operationId` lets `metadata:cancel` stop it. */
  'metadata:fetch': { args: [operationId: string, side: MetadataRole, project: Project]; value: MetadataReport };
  /** Stops a fetch or a probe still running (does nothing when it has ended). */
  'metadata:cancel': { args: [operationId: string]; value: null };
  /** Shows the Open dialog for a saved document and checks it; null when the user cancels. */
  'metadata:import': { args: [side: MetadataRole, project: Project]; value: ImportedMetadata | null };
  /** Checks pasted text. */
  'metadata:check-text': { args: [side: MetadataRole, project: Project, text: string]; value: MetadataReport };
  /** Checks a document dropped on the step (the report keeps its text, so it can be saved into the project folder). */
  'metadata:drop': { args: [side: MetadataRole, project: Project, dropped: DroppedFile]; value: MetadataReport };
  /** Checks the saved document the project names for that side; null when it names none. */
  'metadata:load-saved': { args: [side: MetadataRole, project: Project]; value: MetadataReport | null };
  /** Saves a document into the project's folder; answers the path the project records. */
  'metadata:save': { args: [side: MetadataRole, text: string]; value: { path: string } };
  /** The Exchange trust probe (an anonymous POST to EWS). */
  'metadata:probe-trust': { args: [operationId: string, project: Project]; value: TrustProbeReport };
  /** Keeps a CA certificate an endpoint presented (DER, base64) in the project's folder; answers the path for trustedCaFiles. */
  'metadata:trust-ca': { args: [derBase64: string]; value: { path: string } };
}

export const metadataApiChannels = {
  fetchMetadata: 'metadata:fetch',
  cancelMetadata: 'metadata:cancel',
  importMetadata: 'metadata:import',
  checkMetadataText: 'metadata:check-text',
  dropMetadata: 'metadata:drop',
  loadSavedMetadata: 'metadata:load-saved',
  saveMetadata: 'metadata:save',
  probeExchangeTrust: 'metadata:probe-trust',
  trustPresentedCa: 'metadata:trust-ca',
} as const satisfies Record<string, keyof MetadataChannels>;
