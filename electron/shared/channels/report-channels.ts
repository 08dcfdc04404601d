/** Channels of the evidence report: main gathers what the session holds and saves it as HTML or PDF. */
import type { Project } from '../../core/model/project.js';

export type ReportFormat = 'html' | 'pdf';

export interface ReportChannels {
  /**
   * Shows the Save dialog, then writes the report; null when the user cancels the dialog. `report:cancel` with the
   * same `operationId` stops it until the file is written (printing a PDF takes a while): then nothing is written.
   */
  'report:save': { args: [operationId: string, project: Project, format: ReportFormat]; value: { path: string } | null };
  'report:cancel': { args: [operationId: string]; value: null };
}

export const reportApiChannels = {
  saveReport: 'report:save',
  cancelReport: 'report:cancel',
} as const satisfies Record<string, keyof ReportChannels>;
