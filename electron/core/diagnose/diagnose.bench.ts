import { bench, describe } from 'vitest';
import { readFileSync } from 'node:fs';
import { sampleReportInput } from '../../../tests/helpers/sample-report-input.js';
import { renderReport } from '../report/render-report.js';
import { diagnoseBytes, diagnoseText } from './diagnose.js';

const corpus = (path: string) => readFileSync(new URL(`../../../tests/fixtures/diagnose/${path}`, import.meta.url));
const verbose = corpus('diag.wildcard-accepted-domain/verbose.txt').toString('utf8');
const utf16 = corpus('diag.oauth-401/no-verbose-80-columns-utf16le.txt');
/** A long verbose transcript: the 401 output repeated to about 10,000 lines, cut at 80 columns. */
const long = Array.from({ length: 300 }, () => verbose)
  .join('')
  .split('\n')
  .flatMap((line) => (line.length === 0 ? [''] : Array.from({ length: Math.ceil(line.length / 80) }, (_, i) => line.slice(i * 80, (i + 1) * 80))))
  .join('\r\n');
const input = await sampleReportInput();

describe('diagnosis and report', () => {
  bench('diagnose one verbose 401 output (33 lines)', () => {
    diagnoseText(verbose);
  });
  bench('diagnose a UTF-16LE file wrapped at 80 columns', () => {
    diagnoseBytes(utf16, 'out.txt');
  });
  bench(`diagnose a long transcript (${long.split('\r\n').length} lines, 80 columns)`, () => {
    diagnoseText(long);
  }, { iterations: 5, time: 0 });
  bench('render the evidence report', () => {
    renderReport(input);
  });
});
