/**
 * Handlers of the evidence report: gather what the session holds (core/report assembles and renders it), ask
 * where to save, write HTML, or PDF through the print edge (webContents.printToPDF in the app).
 */
import { assembleReportInput, noContributions, type ReportContributions } from '../../../core/report/assemble-report-input.js';
import { renderReport } from '../../../core/report/render-report.js';
import type { Project } from '../../../core/model/project.js';
import { fail, ok } from '../../../core/result.js';
import type { StateImport } from '../../../core/state/import-state.js';
import type { AppInfo } from '../../../shared/channels/project-channels.js';
import type { ReportChannels, ReportFormat } from '../../../shared/channels/report-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { EvidenceSession } from '../evidence-session.js';
import type { ProjectSession } from '../project-session.js';

export interface ReportHandlerDeps {
  appInfo: AppInfo;
  now: () => Date;
  /** The native Save dialog; null when the user cancels. */
  chooseReportFile(format: ReportFormat, suggestedName: string): Promise<string | null>;
  /** The HTML printed to PDF (webContents.printToPDF in the app). */
  printToPdf(html: string): Promise<Uint8Array>;
  writeReportFile(path: string, data: Uint8Array): Promise<void>;
  /** What the other areas hold for the report (the session's project file and certificates); absent, the report says they have nothing yet. */
  reportContributions?(project: Project, session: Pick<ProjectSession, 'path' | 'certificates' | 'evidence'>): Promise<ReportContributions>;
}

function withExtension(path: string, format: ReportFormat): string {
  return path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`;
}

export function createReportHandlers(deps: ReportHandlerDeps, project: ProjectSession, evidence: EvidenceSession): HandlersOf<ReportChannels> {
  return {
    'report:save': async (subject, format) => {
      const contributed = deps.reportContributions ? await deps.reportContributions(subject, project) : noContributions;
      // The files the last export wrote, with the SHA-256 of the bytes written.
      const contributions = { ...contributed, files: [...contributed.files, ...project.exported] };
      const test = evidence.test && { ...evidence.test.result, output: evidence.test.output, commands: evidence.test.commands };
      const html = renderReport(
        assembleReportInput({
          tool: deps.appInfo,
          now: deps.now(),
          project: subject,
          projectFile: project.path,
          test,
          states: [evidence.state.exchange, evidence.state.lync].filter((state): state is StateImport => state !== undefined),
          contributions,
        }),
      );
      const chosen = await deps.chooseReportFile(format, `${subject.sipDomain || 'project'}-evidence-report.${format}`);
      if (chosen === null) return ok(null);
      const path = withExtension(chosen, format);
      let data: Uint8Array;
      try {
        data = format === 'pdf' ? await deps.printToPdf(html) : new TextEncoder().encode(html);
      } catch (e) {
        return fail('report.print-failed', `The report could not be printed to PDF: ${(e as Error).message} Save it as HTML and print that from a browser.`);
      }
      try {
        await deps.writeReportFile(path, data);
      } catch (e) {
        return fail('report.write-failed', `Cannot save the report to ${path}: ${(e as Error).message}`, path);
      }
      return ok({ path });
    },
  };
}
