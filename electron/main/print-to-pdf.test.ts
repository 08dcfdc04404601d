/** The PDF glue with Electron's BrowserWindow stood in for: what window it makes, what it loads, what it prints, that it always goes. */
import type { BrowserWindowConstructorOptions } from 'electron';
import { maxDataUrlLength, printHtmlToPdf, type PrintWindowClass } from './print-to-pdf.js';

function fakeElectron(printed: Uint8Array | Error) {
  const made: { options: BrowserWindowConstructorOptions; loaded: string[]; printOptions: unknown[]; destroyed: boolean }[] = [];
  class BrowserWindow {
    record: (typeof made)[number];
    constructor(options: BrowserWindowConstructorOptions) {
      this.record = { options, loaded: [], printOptions: [], destroyed: false };
      made.push(this.record);
    }
    loadURL = async (url: string) => void this.record.loaded.push(url);
    destroy = () => void (this.record.destroyed = true);
    webContents = {
      printToPDF: async (options: unknown) => {
        this.record.printOptions.push(options);
        if (printed instanceof Error) throw printed;
        return Buffer.from(printed);
      },
    };
  }
  return { BrowserWindow: BrowserWindow as unknown as PrintWindowClass, made };
}

describe('printHtmlToPdf', () => {
  const report = '<!doctype html><html><head><meta charset="utf-8"><title>Évidence</title></head><body><p>diag.oauth-401</p></body></html>';

  it('prints the report in a hidden, sandboxed window without JavaScript or preload, on A4, and closes it', async () => {
    const electron = fakeElectron(Uint8Array.from([0x25, 0x50, 0x44, 0x46]));
    const pdf = await printHtmlToPdf(electron.BrowserWindow, report);
    expect(Buffer.from(pdf).toString()).toBe('%PDF');
    const [window] = electron.made;
    expect(window?.options.show).toBe(false);
    expect(window?.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true });
    expect(window?.options.webPreferences).not.toHaveProperty('preload');
    expect(window?.loaded).toHaveLength(1);
    const [scheme, data] = (window?.loaded[0] as string).split(',');
    expect(scheme).toBe('data:text/html;charset=utf-8;base64');
    expect(Buffer.from(data as string, 'base64').toString('utf8')).toBe(report);
    expect(window?.printOptions).toEqual([{ pageSize: 'A4', printBackground: true, preferCSSPageSize: true }]);
    expect(window?.destroyed).toBe(true);
  });

  it('closes the window when printing fails, and refuses a report too large to load', async () => {
    const electron = fakeElectron(new Error('printing failed'));
    await expect(printHtmlToPdf(electron.BrowserWindow, report)).rejects.toThrow('printing failed');
    expect(electron.made[0]?.destroyed).toBe(true);
    const huge = `<p>${'x'.repeat(maxDataUrlLength)}</p>`;
    await expect(printHtmlToPdf(fakeElectron(new Uint8Array()).BrowserWindow, huge)).rejects.toThrow('more than Chromium loads at once');
  });
});
