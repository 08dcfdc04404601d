/**
 * Handlers of the evidence report: gather what the session holds (core/report assembles and renders it), ask
 * where to save, write HTML, or PDF through the print edge (webContents.printToPDF in the app).
 */
import { assembleReportInput, noContributions, type ReportContributions } from '../../../core/report/assemble-report-input.js';
import { renderReport } from '../../../core/report/render-report.js';
import type { Project } from '../../../core/model/project.js';
import { msg } from '../../../core/message-catalogue.js';
import { fail, ok, type Result } from '../../../core/result.js';
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
  reportContributions?(project: Project, session: Pick<ProjectSession, 'path' | 'approvedPaths' | 'certificates' | 'evidence'>): Promise<ReportContributions>;
}

function withExtension(path: string, format: ReportFormat): string {
  return path.toLowerCase().endsWith(`.${format}`) ? path : `${path}.${format}`;
}

/** A save cancelled before the file was written: nothing was. */
const cancelled = () => fail<never>('report.cancelled', 'The report was not saved: cancelled before it was written.');

export function createReportHandlers(deps: ReportHandlerDeps, project: ProjectSession, evidence: EvidenceSession): HandlersOf<ReportChannels> {
  const running = new Map<string, AbortController>();

  async function save(subject: Project, format: ReportFormat, signal: AbortSignal): Promise<Result<{ path: string } | null>> {
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
    if (signal.aborted) return cancelled();
    const path = withExtension(chosen, format);
    let data: Uint8Array;
    try {
      data = format === 'pdf' ? await deps.printToPdf(html) : new TextEncoder().encode(html);
    } catch (e) {
      return fail('report.print-failed', msg('error.report.print-failed', { error: (e as Error).message }));
    }
    // Printing cannot be stopped midway, but its result can be thrown away: the last moment before anything is written.
    if (signal.aborted) return cancelled();
    try {
      await deps.writeReportFile(path, data);
    } catch (e) {
      return fail('report.write-failed', msg('error.report.write-failed', { path, error: (e as Error).message }), path);
    }
    project.written.report = path;
    return ok({ path });
  }

  return {
    'report:save': async (operationId, subject, format) => {
      const controller = new AbortController();
      running.set(operationId, controller);
      try {
        return await save(subject, format, controller.signal);
      } finally {
        running.delete(operationId);
      }
    },
    'report:cancel': async (operationId) => {
      running.get(operationId)?.abort();
      return ok(null);
    },
  };
}
