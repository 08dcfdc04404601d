/**
 * The evidence report: one self-contained HTML file (inline styles, no script, no external resource, a CSP that
 * forbids both) that reads on screen and prints on A4, one section per page: the project, the certificates, the
 * metadata documents, the imported server state, every finding with its fix, the mailbox-write test and its
 * diagnosis, the generated files with their SHA-256, the tool and the times.
 */
import { sortFindings, type Finding, type Severity } from '../findings.js';
import { html, styleSheet, toHtmlString, type Markup } from './html.js';
import type { ReportCertificate, ReportFindingGroup, ReportInput, ReportMetadata, ReportTest } from './report-input.js';
import { reportStyles } from './report-styles.js';

/** The report shows this many lines of the test's output; the whole output stays in the file it came from. */
export const maxOutputLines = 400;

const severityLabel: Record<Severity, string> = { error: '✖ Error', warning: '⚠ Warning', info: 'ℹ Info', ok: '✔ OK' };
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/** An ISO-8601 time as people read it, in UTC. */
export function formatTime(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

const rows = (pairs: ReadonlyArray<[label: string, value: Markup | string | number | null]>) =>
  html`<table><tbody>${pairs.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value ?? html`<span class="empty">not set</span>`}</td></tr>`)}</tbody></table>`;

const empty = (text: string) => html`<p class="empty">${text}</p>`;

function projectSection({ project }: ReportInput): Markup {
  const p = project.values;
  const options = p.options;
  return html`<section id="project"><h2>1. Project and topology</h2>${rows([
    ['Project file', project.file],
    ['SIP domain', p.sipDomain],
    ['OAuth realm', p.realm === null ? `${project.resolved.realm} (the SIP domain)` : p.realm],
    ['Lync / Skype for Business pool', p.lyncPoolFqdn],
    ['Exchange Autodiscover FQDN', p.exchangeAutodiscoverFqdn],
    ['Exchange servers', p.exchangeServers.length > 0 ? p.exchangeServers.join(', ') : null],
    ['Exchange install path', p.exchangeInstallPath ?? '$env:ExchangeInstallPath on the server'],
    ['Test user', p.testUserSipUri],
    ['Lync metadata URL', project.resolved.lyncMetadataUrl],
    ['Exchange metadata URL', project.resolved.exchangeMetadataUrl],
    ['Exchange EWS URL', project.resolved.exchangeEwsUrl],
    ['Lync trusts Exchange by', options.lyncTrustsExchangeBy],
    ['Exchange archiving', options.archiving ? 'yes' : 'no'],
    ['Unified contact store', options.unifiedContactStore ? 'yes' : 'no'],
    ['Delete the test item', options.deleteTestItem ? 'yes (-DeleteItem)' : 'no'],
    ['Trust any TLS certificate (Exchange side)', options.trustAnySslCertificate ? 'yes (not recommended)' : 'no'],
  ])}</section>`;
}

function certificateTable(certificate: ReportCertificate): Markup {
  return html`<h3>${certificate.role}</h3>${rows([
    ['Source', certificate.source],
    ['Subject', certificate.subject],
    ['Issuer', certificate.issuer],
    ['Subject alternative names', certificate.subjectAlternativeNames.length > 0 ? certificate.subjectAlternativeNames.join(', ') : null],
    ['Valid', `${formatTime(certificate.notBefore)} to ${formatTime(certificate.notAfter)}`],
    ['Key', certificate.keyBits === null ? null : `RSA ${certificate.keyBits} bits`],
    ['Signature algorithm', certificate.signatureAlgorithm],
    ['Thumbprint (SHA-1)', html`<span class="mono">${certificate.thumbprint}</span>`],
    ['SHA-256 fingerprint', html`<span class="mono">${certificate.sha256Fingerprint}</span>`],
    ['x5t', html`<span class="mono">${certificate.x5t}</span>`],
  ])}`;
}

function certificatesSection({ certificates }: ReportInput): Markup {
  return html`<section id="certificates"><h2>2. Certificates</h2>${
    certificates.length > 0 ? certificates.map(certificateTable) : empty('No certificate was loaded in this session.')
  }</section>`;
}

function metadataTable(document: ReportMetadata): Markup {
  return html`<h3>${document.side === 'lync' ? "Lync's metadata document" : "Exchange's metadata document"}</h3>${rows([
    ['Source', document.source],
    ['Retrieved', document.retrievedAt === null ? null : formatTime(document.retrievedAt)],
    ['Service name', document.serviceName],
    ['Issuer', document.issuer],
    ['Realm', document.realm],
  ])}${
    document.keys.length > 0
      ? html`<table><thead><tr><th scope="col">Key thumbprint (SHA-1)</th><th scope="col">x5t</th><th scope="col">Valid until</th></tr></thead><tbody>${document.keys.map(
          (key) => html`<tr><td class="mono">${key.thumbprint}</td><td class="mono">${key.x5t}</td><td>${key.notAfter === null ? '' : formatTime(key.notAfter)}</td></tr>`,
        )}</tbody></table>`
      : empty('The document holds no key that could be read.')
  }`;
}

function metadataSection({ metadata }: ReportInput): Markup {
  return html`<section id="metadata"><h2>3. Metadata documents</h2>${
    metadata.length > 0 ? metadata.map(metadataTable) : empty('No metadata document was fetched or imported in this session.')
  }</section>`;
}

function stateSection({ state }: ReportInput): Markup {
  return html`<section id="state"><h2>4. Imported server state</h2>${
    state.length > 0
      ? html`<table><thead><tr><th scope="col">Side</th><th scope="col">File</th><th scope="col">Collected on</th><th scope="col">Collected at</th></tr></thead><tbody>${state.map(
          (s) => html`<tr><td>${s.side === 'exchange' ? 'Exchange' : 'Lync'}</td><td>${s.file}</td><td>${s.server}</td><td>${formatTime(s.collectedAt)}</td></tr>`,
        )}</tbody></table><p>Their findings are in section 5.</p>`
      : empty('No state collected by 00-collect-exchange-state.ps1 or 00-collect-lync-state.ps1 was imported.')
  }</section>`;
}

function findingBlock(finding: Finding, evidence?: ReadonlyArray<{ line: number; text: string }>): Markup {
  return html`<div class="finding finding-${finding.severity}" data-finding-id="${finding.id}">
<p><span class="severity">${severityLabel[finding.severity]}</span>: <strong>${finding.title}</strong> <span class="finding-id">(${finding.id})</span></p>
${finding.subject ? html`<p>About: ${finding.subject}</p>` : ''}
<p>${finding.detail}</p>
${finding.fix ? html`<p><strong>Fix:</strong></p><pre>${finding.fix}</pre>` : ''}
${evidence && evidence.length > 0 ? html`<div class="evidence"><p><strong>Evidence</strong> (lines of the output):</p><pre>${evidence.map((e) => `${e.line}: ${e.text}`).join('\n')}</pre></div>` : ''}
</div>`;
}

function findingsSection({ findings }: ReportInput): Markup {
  const groups = findings.filter((group) => group.findings.length > 0);
  return html`<section id="findings"><h2>5. Findings</h2>${
    groups.length > 0
      ? groups.map((group: ReportFindingGroup) => html`<h3>${group.area}</h3>${sortFindings(group.findings).map((f) => findingBlock(f))}`)
      : empty('No check has reported a finding.')
  }</section>`;
}

function verdictOf(test: ReportTest | null): string {
  if (test === null) return 'The mailbox-write test has not been run or imported.';
  const findings = test.diagnosis.findings;
  if (findings.some((f) => f.id === 'diag.success') && findings.length === 1) return 'Passed: Lync wrote into the test mailbox through the OAuth trust.';
  if (findings.some((f) => f.severity === 'error')) return `Failed: ${findings.filter((f) => f.severity === 'error').map((f) => f.title).join('; ')}.`;
  return 'Not conclusive: see the diagnosis.';
}

function testSection({ test, project }: ReportInput): Markup {
  if (test === null) {
    return html`<section id="test"><h2>6. The mailbox-write test</h2>${empty(verdictOf(null))}</section>`;
  }
  const lines = test.output.replace(/\r\n?/g, '\n').split('\n');
  const shown = lines.slice(0, maxOutputLines);
  return html`<section id="test"><h2>6. The mailbox-write test</h2>
<p class="verdict">${verdictOf(test)}</p>
${rows([
  ['Test user', project.values.testUserSipUri],
  ['Where it runs', 'a Front End server, Lync Server Management Shell, as a member of RTC Local User Administrators'],
  ['Output', test.source === 'pasted' ? 'pasted into the wizard' : test.source],
  ['Received', formatTime(test.receivedAt)],
  ['Read as', `${test.diagnosis.input.encoding ?? 'text'}, ${test.diagnosis.input.lines} line(s)${test.diagnosis.input.consoleWidth === null ? '' : `, wrapped at ${test.diagnosis.input.consoleWidth} columns`}`],
])}
<h3>Command</h3><pre>${test.commands.join('\n')}</pre>
<h3>Diagnosis</h3>${sortFindings(test.diagnosis.findings).map((f) => findingBlock(f, test.diagnosis.evidence[f.id]))}
<h3>Output${lines.length > shown.length ? ` (the first ${shown.length} of ${lines.length} lines)` : ''}</h3><pre>${shown.join('\n')}</pre>
</section>`;
}

function filesSection({ files }: ReportInput): Markup {
  return html`<section id="files"><h2>7. Generated files</h2>${
    files.length > 0
      ? html`<table><thead><tr><th scope="col">File</th><th scope="col">Bytes</th><th scope="col">SHA-256</th></tr></thead><tbody>${files.map(
          (file) => html`<tr><td class="mono">${file.path}</td><td>${file.bytes}</td><td class="mono">${file.sha256}</td></tr>`,
        )}</tbody></table>`
      : empty('No script bundle was generated in this session.')
  }</section>`;
}

function toolSection({ tool, generatedAt, times }: ReportInput): Markup {
  return html`<section id="tool"><h2>8. Tool and times</h2>${rows([
    ['Tool', `${tool.name} ${tool.version}`],
    ['Report generated', formatTime(generatedAt)],
    ...times.map((time): [string, string] => [time.label, formatTime(time.at)]),
  ])}</section>`;
}

function summary(input: ReportInput): Markup {
  const all = input.findings.flatMap((group) => group.findings);
  const count = (severity: Severity) => all.filter((f) => f.severity === severity).length;
  return html`<header><h1>Evidence report: server-to-server OAuth between Lync / Skype for Business and Exchange</h1>
<p class="subtitle">${input.project.values.sipDomain || 'Project without a SIP domain'}, generated ${formatTime(input.generatedAt)} by ${input.tool.name} ${input.tool.version}</p>
<table class="summary"><tbody>
<tr><th scope="row">Mailbox-write test</th><td class="verdict">${verdictOf(input.test)}</td></tr>
<tr><th scope="row">Findings</th><td>${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s), ${count('ok')} passed</td></tr>
<tr><th scope="row">Generated files</th><td>${input.files.length}</td></tr>
</tbody></table></header>`;
}

export function renderReport(input: ReportInput): string {
  const title = `s2s-wizard evidence report: ${input.project.values.sipDomain || 'project'}`;
  return `<!doctype html>\n${toHtmlString(html`<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${styleSheet(reportStyles)}</style>
</head><body>
<section id="summary">${summary(input)}</section>
${projectSection(input)}
${certificatesSection(input)}
${metadataSection(input)}
${stateSection(input)}
${findingsSection(input)}
${testSection(input)}
${filesSection(input)}
${toolSection(input)}
</body></html>`)}\n`;
}
