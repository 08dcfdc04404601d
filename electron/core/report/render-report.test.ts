import { resolveEndpoints } from '../model/defaults.js';
import { emptyProject } from '../model/project.js';
import { finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { sampleReportInput } from '../../../tests/helpers/sample-report-input.js';
import { diagnoseText } from '../diagnose/diagnose.js';
import { escapeHtml, html, styleSheet, toHtmlString } from './html.js';
import type { ReportInput } from './report-input.js';
import { formatTime, maxOutputLines, renderReport } from './render-report.js';

function emptyInput(): ReportInput {
  const project = emptyProject();
  return {
    tool: { name: 's2s-wizard', version: '0.1.0' },
    generatedAt: '2026-11-26T09:30:00.000Z',
    project: { file: null, values: project, resolved: resolveEndpoints(project) },
    certificates: [],
    metadata: [],
    state: [],
    findings: [],
    files: [],
    test: null,
    times: [],
  };
}

/** Every tag of the page (outside the style sheet), and their element names. */
const tagsOf = (page: string) => page.replace(/<style>[^]*?<\/style>/, '').match(/<[^>]+>/g) ?? [];
const tagNames = (page: string) => tagsOf(page).map((tag) => (/^<\/?([a-z0-9!]+)/i.exec(tag)?.[1] ?? '').toLowerCase());

/** The text a reader sees: tags dropped, entities decoded. */
const visibleText = (page: string) =>
  page
    .replace(/<style>[^]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('renderReport', () => {
  it('names every finding with its fix, the certificates, the metadata, the state files, the test and the files with their SHA-256', async () => {
    const input = await sampleReportInput();
    const page = renderReport(input);
    const text = visibleText(page);
    const all = [...input.findings.flatMap((g) => g.findings), ...(input.test?.diagnosis.findings ?? [])];
    expect(all.length).toBeGreaterThanOrEqual(4);
    for (const f of all) {
      expect(text).toContain(`(${f.id})`);
      if (f.fix) expect(text).toContain(f.fix.split('\n')[0]);
    }
    for (const heading of ['1. Project and topology', '2. Certificates', '3. Metadata documents', '4. Imported server state', '5. Findings', '6. The mailbox-write test', '7. Generated files', '8. Tool and times']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3');
    expect(text).toContain('kuGW88jT11P8_Ft2kMMXOqHAq-M');
    expect(text).toContain('ATL-EXCHANGE-001.litwareinc.com');
    for (const file of input.files) expect(text).toContain(file.sha256);
    expect(text).toContain("Failed: Exchange cannot match Lync's realm to an accepted domain (wildcard accepted domain).");
    expect(text).toContain(`9: HTTP/1.1 401 Unauthorized`);
    expect(text).toContain("Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@fabrikam.com' -DeleteItem -Verbose");
    expect(text).toContain('s2s-wizard 0.1.0');
    expect(text).toContain('2026-11-26 09:30:00 UTC');
  });

  it('is self-contained and inert: no script, no event handler, no external resource, a CSP that forbids them', async () => {
    const page = renderReport(await sampleReportInput());
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(page).toContain(
      '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; base-uri &#39;none&#39;; form-action &#39;none&#39;">',
    );
    expect(tagNames(page).filter((name) => ['script', 'link', 'img', 'iframe', 'object', 'embed', 'base'].includes(name))).toEqual([]);
    expect(tagsOf(page).filter((tag) => /\s(src|href|on\w+)\s*=/i.test(tag))).toEqual([]);
    expect(page).not.toMatch(/url\(|@import/i);
    expect(page).toContain('break-before: page');
    expect(page).toContain('color-scheme: light');
  });

  it('escapes everything that comes from data: findings, output lines, file names', async () => {
    const input = await sampleReportInput();
    const hostile = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const detail = msg('cert.unreadable.detail', { reason: hostile });
    const fix = msg('state.commands', { commands: `Get-Thing '${hostile}'` });
    input.findings.push({ area: 'Certificates', findings: [finding('diag.unknown', 'error', { detail, fix, subject: hostile })] });
    input.files.push({ path: `"><script>x</script>.ps1`, bytes: 1, sha256: '0'.repeat(64) });
    if (input.test) input.test = { ...input.test, output: `${input.test.output}\n${hostile}`, diagnosis: diagnoseText(`${input.test.output}\n${hostile}`) };
    const page = renderReport(input);
    expect(tagNames(page)).not.toContain('script');
    expect(tagNames(page)).not.toContain('img');
    expect(tagsOf(page).filter((tag) => /onerror/i.test(tag))).toEqual([]);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
    expect(visibleText(page)).toContain(`"><script>x</script>.ps1`);
  });

  it('says what is missing instead of leaving gaps when a session has nothing yet', () => {
    const text = visibleText(renderReport(emptyInput()));
    for (const sentence of [
      'No certificate was loaded in this session.',
      'No metadata document was fetched or imported in this session.',
      'No state collected by 00-collect-exchange-state.ps1 or 00-collect-lync-state.ps1 was imported.',
      'No check has reported a finding.',
      'The mailbox-write test has not been run or imported.',
      'No script bundle was generated in this session.',
    ]) {
      expect(text).toContain(sentence);
    }
  });

  it(`shows the first ${maxOutputLines} lines of a long output and says so`, async () => {
    const input = await sampleReportInput();
    const long = Array.from({ length: maxOutputLines + 50 }, (_, i) => `VERBOSE: line ${i + 1}`).join('\r\n');
    if (input.test) input.test = { ...input.test, output: long };
    const text = visibleText(renderReport(input));
    expect(text).toContain(`Output (the first ${maxOutputLines} of ${maxOutputLines + 50} lines)`);
    expect(text).toContain(`VERBOSE: line ${maxOutputLines}`);
    expect(text).not.toContain(`VERBOSE: line ${maxOutputLines + 1}`);
  });

  it('passes the mailbox-write test when the diagnosis is diag.success', async () => {
    const input = await sampleReportInput('diag.success/verbose.txt');
    expect(visibleText(renderReport(input))).toContain('Passed: Lync wrote into the test mailbox through the OAuth trust.');
  });
});

describe('html', () => {
  it('escapes interpolated text and keeps markup it made itself', () => {
    expect(toHtmlString(html`<p title="${`a"b`}">${'<b>'}${html`<i>${"it's"}</i>`}</p>`)).toBe('<p title="a&quot;b">&lt;b&gt;<i>it&#39;s</i></p>');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
    expect(() => styleSheet('p {} </style><script>')).toThrow('cannot close');
    expect(formatTime('2026-11-26T09:30:00.123Z')).toBe('2026-11-26 09:30:00 UTC');
    expect(formatTime('yesterday')).toBe('yesterday');
  });
});
