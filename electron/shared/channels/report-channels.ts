/** Channels of the evidence report: main gathers what the session holds and saves it as HTML or PDF. */
import type { Project } from '../../core/model/project.js';

export type ReportFormat = 'html' | 'pdf';

export interface ReportChannels {
  /** Shows the Save dialog, then writes the report; null when the user cancels. */
  'report:save': { args: [project: Project, format: ReportFormat]; value: { path: string } | null };
}

export const reportApiChannels = {
  saveReport: 'report:save',
} as const satisfies Record<string, keyof ReportChannels>;
