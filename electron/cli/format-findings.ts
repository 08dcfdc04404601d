import { sortFindings, type Finding } from '../core/findings.js';

const label = { error: 'ERROR', warning: 'WARNING', info: 'INFO', ok: 'OK' } as const;

/** Findings as a person reads them in a console: worst first, each with its subject, detail and fix. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines: string[] = [];
  for (const f of sortFindings(findings)) {
    lines.push(`${label[f.severity]}  ${f.id}${f.subject ? `  [${f.subject}]` : ''}`);
    lines.push(`  ${f.title}. ${f.detail}`);
    if (f.fix) lines.push(...f.fix.split('\n').map((line, i) => (i === 0 ? `  Fix: ${line}` : `       ${line}`)));
  }
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(`${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} note(s), ${count('ok')} passed.`);
  return `${lines.join('\n')}\n`;
}
