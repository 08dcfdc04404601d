/** The edges the Verify step's and the report's handlers need in the app: Open and Save dialogs, the PDF printer, the file it writes. */
import type { BrowserWindow, Dialog } from 'electron';
import * as fs from 'node:fs/promises';
import { serverThumbprints } from '../core/metadata/server-thumbprints.js';
import { projectContributions } from '../core/report/project-contributions.js';
import type { EvidenceHandlerDeps } from './ipc/handlers/evidence-handlers.js';
import { printHtmlToPdf, type PrintWindowClass } from './print-to-pdf.js';
import { projectFileReader } from './ipc/session-paths.js';

const stateTitles = {
  exchange: 'Choose the Exchange state file (written by 00-collect-exchange-state.ps1)',
  lync: 'Choose the Lync state file (written by 00-collect-lync-state.ps1)',
} as const;
const reportFilters = { html: { name: 'Web page (HTML)', extensions: ['html'] }, pdf: { name: 'PDF document', extensions: ['pdf'] } };

/**
 * The report's certificates and metadata: the certificates the session holds (read with the password the user
 * typed), else the files the project names, read only as the session grants (session-paths.ts); the documents'
 * keys also against the imported state's thumbprints.
 */
export function reportContributionsFrom(readFile: (path: string) => Promise<Uint8Array>, now: () => Date): NonNullable<EvidenceHandlerDeps['reportContributions']> {
  return (project, session) =>
    projectContributions(
      project,
      {
        readFile: projectFileReader(session, project, readFile),
        heldCertificate: (slot, options) => session.certificates.inspectFor(project, slot, options),
        inUse: serverThumbprints(session.evidence.state),
      },
      now(),
    );
}

export function evidenceEdges(
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
  PrintWindow: PrintWindowClass,
  window: () => BrowserWindow | null,
): Pick<EvidenceHandlerDeps, 'chooseTestOutputFile' | 'chooseStateFile' | 'chooseReportFile' | 'printToPdf' | 'writeReportFile' | 'reportContributions'> {
  const open = async (title: string, filters: { name: string; extensions: string[] }[]) => {
    const options = { title, filters: [...filters, { name: 'All files', extensions: ['*'] }], properties: ['openFile' as const] };
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseTestOutputFile: () => open('Choose the output of the test (03-verify-output.txt, or a saved console output)', [{ name: 'Text', extensions: ['txt', 'log'] }]),
    chooseStateFile: (side) => open(stateTitles[side], [{ name: 'State files (JSON)', extensions: ['json'] }]),
    chooseReportFile: async (format, suggestedName) => {
      const options = { title: 'Save the evidence report', defaultPath: suggestedName, filters: [reportFilters[format]] };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf: (html) => printHtmlToPdf(PrintWindow, html),
    writeReportFile: (path, data) => fs.writeFile(path, data),
    reportContributions: reportContributionsFrom(async (path) => new Uint8Array(await fs.readFile(path)), () => new Date()),
  };
}
