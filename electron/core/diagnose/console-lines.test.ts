import { compactText, phrase, searchCompact } from './compact-text.js';
import { readConsoleLines } from './console-lines.js';

const cut = (line: string, width: number) => Array.from({ length: Math.ceil(line.length / width) }, (_, i) => line.slice(i * width, (i + 1) * width));

describe('readConsoleLines', () => {
  const long = `Test-CsExStorageConnectivity : ${'Error code: 574, Error message: '.repeat(4)}the end.`;

  it('finds the width a console cut the lines at, and joins them back into the line PowerShell wrote', () => {
    const text = [...cut(long, 80), 'At line:1 char:1', ...cut(`VERBOSE: ${'x'.repeat(170)}`, 80)].join('\r\n');
    const lines = readConsoleLines(text);
    expect(lines.width).toBe(80);
    expect(lines.logical.map((l) => [l.first, l.last])).toEqual([
      [1, 3],
      [4, 4],
      [5, 7],
    ]);
    expect(lines.logical[0]?.text).toBe(long);
  });

  it('takes no width from two unrelated lines that happen to be equally long, nor from lines that start something new', () => {
    const a = `PS C:\\> ${'a'.repeat(60)}`;
    const b = '    + CategoryInfo : '.padEnd(a.length, 'b');
    expect(readConsoleLines([a, 'Test-CsExStorageConnectivity : Access Denied.', b, '    + FullyQualifiedErrorId : x'].join('\n')).width).toBeNull();
    expect(readConsoleLines([a, 'continues here', b, 'continues too'].join('\n')).width).toBeNull();
    expect(readConsoleLines([a, 'continues here', b, 'continues too', a, 'and here'].join('\n')).width).toBe(a.length);
  });

  it('sets the transcript header and footer aside, and says the output is a transcript', () => {
    const text = ['**********************', 'Windows PowerShell transcript start', 'Host Application: powershell.exe (401) Unauthorized', '**********************', 'Transcript started, output file is C:\\s2s\\t.txt', 'VERBOSE: Create message.', '**********************', 'Windows PowerShell transcript end', '**********************'].join('\n');
    const lines = readConsoleLines(text);
    expect(lines.transcript).toBe(true);
    expect(lines.logical.map((l) => l.text)).toEqual(['VERBOSE: Create message.']);
    expect(searchCompact(compactText(lines.source), new RegExp(phrase('(401) Unauthorized')))).toEqual([]);
  });
});

describe('searchCompact', () => {
  it('finds a phrase wherever the console broke it, with the lines it spans and captures in their original case', () => {
    const lines = readConsoleLines("x-ms-diagnostics: 2000004;reason=\"The tenant for tenant guid 'Contoso.com' does\n not exist.\"");
    const [match] = searchCompact(compactText(lines.source), new RegExp(`${phrase("The tenant for tenant guid '")}([^']+)'${phrase('does not exist')}`));
    expect(match).toEqual({ lines: [1, 2], groups: ['Contoso.com'] });
  });
});
