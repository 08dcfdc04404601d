import { tokenizePowerShell } from './highlight-powershell';

describe('tokenizePowerShell', () => {
  const code = "# Pre-check\nif ($lyncApplications.Count -eq 0) { Set-PartnerApplication -Identity 'Lync''s app' -RefreshAuthMetadata } # done\n[string]$x = \"a $b\"; 42";

  it('gives back the text exactly when joined', () => {
    expect(tokenizePowerShell(code).map((t) => t.text).join('')).toBe(code);
  });

  it('tells comments, keywords, variables, operators, commands, parameters, strings, types and numbers apart', () => {
    const kinds = tokenizePowerShell(code).filter((t) => t.kind !== 'plain').map((t) => [t.kind, t.text]);
    expect(kinds).toEqual([
      ['comment', '# Pre-check'],
      ['keyword', 'if'],
      ['variable', '$lyncApplications'],
      ['operator', '-eq'],
      ['number', '0'],
      ['command', 'Set-PartnerApplication'],
      ['parameter', '-Identity'],
      ['string', "'Lync''s app'"],
      ['parameter', '-RefreshAuthMetadata'],
      ['comment', '# done'],
      ['type', '[string]'],
      ['variable', '$x'],
      ['string', '"a $b"'],
      ['number', '42'],
    ]);
  });
});
