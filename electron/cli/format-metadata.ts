/** A metadata report as a person reads it in a console: where it came from, what it says, its keys. */
import type { MetadataReport } from '../core/metadata/metadata-report.js';
import { describeService } from '../core/metadata/well-known-services.js';
import type { PresentedCertificateFacts } from '../core/net/presented-certificate.js';

function certificateLine(facts: PresentedCertificateFacts): string {
  return `${facts.subject}, issued by ${facts.issuer}, valid to ${facts.notAfter.slice(0, 10)}, SHA-256 ${facts.sha256Fingerprint}`;
}

function sourceLines(report: MetadataReport): string[] {
  const { source } = report;
  if (source.kind === 'file') return [`Metadata document ${source.file}`];
  if (source.kind === 'text') return ['Metadata document (pasted text)'];
  const lines = [`Metadata document ${source.url}`];
  if (source.redirects.length > 0) lines.push(`  Redirected to: ${source.redirects.join(' -> ')}`);
  if (source.status !== null) lines.push(`  Answer: ${source.status}${source.contentType ? ` ${source.contentType}` : ''} in ${source.elapsedMs} ms`);
  const leaf = report.tls?.certificate?.chain[0];
  if (report.tls && leaf) {
    const trust = report.tls.rejection ? `refused (${report.tls.rejection})` : report.tls.pinned ? 'trusted by its pin' : 'trusted';
    lines.push(`  TLS ${report.tls.endpoint}: ${trust}; ${certificateLine(leaf)}`);
  }
  return lines;
}

function documentLines(report: MetadataReport): string[] {
  const document = report.document;
  if (!document) return [];
  const lines = [
    `  Service: ${document.serviceName ? describeService(document.serviceName) : '(none)'}`,
    `  Issuer: ${document.issuer ?? '(none)'}`,
    `  Realm: ${document.realm === null ? '(none)' : `'${document.realm}'`}`,
    `  Keys: ${document.keys.length}`,
  ];
  for (const key of document.keys) {
    const facts = key.certificate;
    const match = report.keyMatches.filter((m) => m.keyIndex === key.index).map((m) => m.file);
    lines.push(
      facts
        ? `    [${key.index}] ${facts.subject}; thumbprint ${facts.thumbprint}; x5t ${facts.x5t}; expires ${facts.notAfter.slice(0, 10)}${match.length > 0 ? `; matches ${match.join(', ')}` : ''}`
        : `    [${key.index}] not a certificate`,
    );
  }
  const elsewhere = document.endpoints.filter((e) => e.location !== null);
  if (elsewhere.length > 0) lines.push(`  Endpoints listed (not fetched): ${elsewhere.map((e) => e.location).join(', ')}`);
  return lines;
}

export function formatMetadataReport(report: MetadataReport): string {
  return `${[...sourceLines(report), ...documentLines(report)].join('\n')}\n`;
}

/** The report as `--json` prints it: without the document's text (the document itself is what --save writes). */
export function metadataJson(report: MetadataReport): Omit<MetadataReport, 'text'> {
  const { text: _text, ...rest } = report;
  return rest;
}
