/**
 * The evidence report in the real browser: rendered offline in headless Chromium (any request it tried would
 * fail the test), laid out for print, saved with page.pdf; the PDF's own text names every finding, and each
 * section starts on a page of its own. The HTML, a screenshot and the PDF stay under test-results/e2e/report/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { renderReport } from '../../electron/core/report/render-report.js';
import { launchChromium } from '../helpers/chromium.js';
import { pdfPageTexts } from '../helpers/pdf-text.js';
import { sampleReportInput } from '../helpers/sample-report-input.js';

const results = join(new URL('../..', import.meta.url).pathname, 'test-results/e2e/report');
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('the evidence report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(results, { recursive: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens offline, prints one section per page, and the saved PDF names every finding', async () => {
    const input = await sampleReportInput();
    const report = renderReport(input);
    await writeFile(join(results, 'evidence-report.html'), report);
    const page = await browser.newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.setContent(report, { waitUntil: 'load' });
    expect(requests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(await page.evaluate('document.scripts.length')).toBe(0);
    expect(await page.locator('section').count()).toBe(9);

    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate("getComputedStyle(document.getElementById('project')).breakBefore")).toBe('page');
    await page.screenshot({ path: join(results, 'evidence-report.png'), fullPage: true });

    const pdf = await page.pdf({ path: join(results, 'evidence-report.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    const text = squeeze(pages.join('\n'));

    const findings = [...input.findings.flatMap((group) => group.findings), ...(input.test?.diagnosis.findings ?? [])];
    expect(findings.length).toBeGreaterThanOrEqual(4);
    for (const finding of findings) {
      expect(text, finding.id).toContain(squeeze(`(${finding.id})`));
      expect(text, finding.id).toContain(squeeze(finding.title));
    }
    for (const file of input.files) expect(text).toContain(file.sha256);

    const headings = ['1. Project and topology', '2. Certificates', '3. Metadata documents', '4. Imported server state', '5. Findings', '6. The mailbox-write test', '7. Generated files', '8. Tool and times'];
    const startPages = headings.map((heading) => pages.findIndex((p) => squeeze(p).includes(squeeze(heading))));
    expect(startPages.every((index) => index > 0)).toBe(true);
    expect(new Set(startPages).size).toBe(headings.length);
    await page.close();
  });
});
