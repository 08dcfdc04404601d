import { useMemo } from 'react';
import { tokenizePowerShell } from './highlight-powershell';

/** PowerShell with syntax colours; the colours only add to the text, which stays selectable and complete. */
export function HighlightedCode({ code, labelledBy }: { code: string; labelledBy: string }) {
  const tokens = useMemo(() => tokenizePowerShell(code), [code]);
  return (
    <pre className="ps-code" aria-labelledby={labelledBy} tabIndex={0}>
      <code>
        {tokens.map((token, index) =>
          token.kind === 'plain' ? (
            token.text
          ) : (
            <span key={index} className={`ps-${token.kind}`}>
              {token.text}
            </span>
          ),
        )}
      </code>
    </pre>
  );
}
