/**
 * The evidence report as PDF, through Chromium's own printer: a hidden, sandboxed window with JavaScript off and
 * no preload loads the report (a data: URL: it is self-contained), `webContents.printToPDF` prints it on A4 with
 * the report's own page breaks, and the window goes. The report has no script and its CSP forbids any load.
 */
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { printWindowOptions } from './window-options.js';

export type PrintWindow = Pick<ElectronBrowserWindow, 'loadURL' | 'destroy'> & { webContents: Pick<ElectronBrowserWindow['webContents'], 'printToPDF'> };
export type PrintWindowClass = new (options: BrowserWindowConstructorOptions) => PrintWindow;

/** Chromium refuses to navigate to a URL longer than 2 MiB; the report (at most 400 output lines) stays well under. */
export const maxDataUrlLength = 2 * 1024 * 1024;

export async function printHtmlToPdf(BrowserWindow: PrintWindowClass, html: string): Promise<Uint8Array> {
  const url = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (url.length > maxDataUrlLength) throw new Error(`The report is ${Math.round(url.length / 1024)} KiB, more than Chromium loads at once.`);
  const window = new BrowserWindow(printWindowOptions());
  try {
    await window.loadURL(url);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
  }
}
