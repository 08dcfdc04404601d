/** The Verify step's and the report's dialogs with Electron's dialog stood in for. */
import type { BrowserWindow, Dialog } from 'electron';
import { evidenceEdges } from './evidence-edges.js';
import type { PrintWindowClass } from './print-to-pdf.js';

function fakeDialog(answer: { open?: string[]; save?: string; canceled?: boolean }) {
  const calls: { kind: 'open' | 'save'; options: Record<string, unknown> }[] = [];
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      calls.push({ kind: 'open', options: args.at(-1) as Record<string, unknown> });
      return { canceled: answer.canceled ?? false, filePaths: answer.open ?? [] };
    },
    showSaveDialog: async (...args: unknown[]) => {
      calls.push({ kind: 'save', options: args.at(-1) as Record<string, unknown> });
      return { canceled: answer.canceled ?? false, filePath: answer.save };
    },
  } as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  return { dialog, calls };
}

const noWindow = () => null as BrowserWindow | null;
const NoPrinter = class {} as unknown as PrintWindowClass;

describe('evidenceEdges', () => {
  it('asks for the test output and the state file of the side named, and answers null on cancel', async () => {
    const picked = fakeDialog({ open: ['C:\\s2s\\03-verify-output.txt'] });
    const edges = evidenceEdges(picked.dialog, NoPrinter, noWindow);
    expect(await edges.chooseTestOutputFile()).toBe('C:\\s2s\\03-verify-output.txt');
    await edges.chooseStateFile('lync');
    expect(picked.calls.map((c) => c.options.title)).toEqual([
      'Choose the output of the test (03-verify-output.txt, or a saved console output)',
      'Choose the Lync state file (written by 00-collect-lync-state.ps1)',
    ]);
    expect(picked.calls[1]?.options.properties).toEqual(['openFile']);
    expect(await evidenceEdges(fakeDialog({ canceled: true }).dialog, NoPrinter, noWindow).chooseStateFile('exchange')).toBeNull();
  });

  it('suggests the report file name and filters by format', async () => {
    const saved = fakeDialog({ save: '/tmp/r.pdf' });
    expect(await evidenceEdges(saved.dialog, NoPrinter, noWindow).chooseReportFile('pdf', 'litwareinc.com-evidence-report.pdf')).toBe('/tmp/r.pdf');
    expect(saved.calls[0]?.options).toMatchObject({ defaultPath: 'litwareinc.com-evidence-report.pdf', filters: [{ name: 'PDF document', extensions: ['pdf'] }] });
  });
});
