/** The report's PDF edge for tests: the real Chromium prints it (page.pdf), as webContents.printToPDF does in the app. */
import { launchChromium } from './chromium.js';

export async function printWithChromium(html: string): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
  } finally {
    await browser.close();
  }
}
