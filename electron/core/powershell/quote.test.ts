import { parsePowerShell } from '../../../tests/helpers/powershell-grammar.js';
import { psText, quotePs } from './quote.js';

/** What PowerShell makes of a single-quoted literal: the text between the quotes with each doubled quote as one. */
function readBack(literal: string): string {
  const inner = literal.slice(1, -1);
  return inner.replace(/(['\u2018\u2019\u201A\u201B])\1/g, '$1');
}

describe('quotePs', () => {
  it('doubles each of the five characters PowerShell takes for a single quote', () => {
    expect(quotePs("it's")).toBe("'it''s'");
    for (const quote of ["'", '\u2018', '\u2019', '\u201A', '\u201B']) {
      expect(quotePs(`a${quote}b`)).toBe(`'a${quote}${quote}b'`);
    }
    expect(quotePs('\u2018\u2019\u201A\u201B\'')).toBe("'\u2018\u2018\u2019\u2019\u201A\u201A\u201B\u201B'''");
  });

  it('leaves $, backticks, double quotes and semicolons alone: a single-quoted literal expands nothing', () => {
    expect(quotePs('$(Remove-Item C:\\) `n "x"; y')).toBe('\'$(Remove-Item C:\\) `n "x"; y\'');
  });

  it('keeps a hostile value inside one literal of one command, as the PowerShell grammar reads it', async () => {
    const hostile = "x' ; Remove-Item C:\\ -Recurse ; '\u2019; Stop-Computer; \u2018$(whoami)`\"|&<#";
    const parsed = await parsePowerShell(`Write-Output ${quotePs(hostile)}\n`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.commands.map((c) => c.name)).toEqual(['Write-Output']);
    expect(readBack(quotePs(hostile))).toBe(hostile);
  });
});

describe('psText', () => {
  it('writes printable ASCII as a quoted literal', () => {
    expect(psText("C:\\Program Files\\Exchange's")).toBe("'C:\\Program Files\\Exchange''s'");
  });

  it('writes anything else as base64 that decodes to exactly the same text, with no quote or $ in the script', async () => {
    const text = 'D:\\교환 서버\\V15 📧 \u2019$(x)\r\n\u2028';
    const expression = psText(text);
    const base64 = /FromBase64String\('([A-Za-z0-9+/=]+)'\)/.exec(expression)?.[1];
    expect(base64).toBeDefined();
    expect(Buffer.from(base64 as string, 'base64').toString('utf8')).toBe(text);
    const parsed = await parsePowerShell(`$path = ${expression}\n`);
    expect(parsed.problems).toEqual([]);
    expect(parsed.commands).toEqual([]);
  });
});
