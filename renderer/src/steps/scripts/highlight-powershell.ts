/**
 * A small PowerShell tokenizer for display only: comments, strings, variables, parameters, operators, cmdlet
 * names, keywords, type literals and numbers. Joined, the tokens give back the text exactly.
 */
export type TokenKind = 'comment' | 'string' | 'variable' | 'parameter' | 'operator' | 'command' | 'keyword' | 'type' | 'number' | 'plain';

export interface Token {
  kind: TokenKind;
  text: string;
}

const operators = new Set([
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin',
  'and', 'or', 'not', 'xor', 'band', 'bor', 'f', 'is', 'isnot', 'as', 'join', 'split', 'replace',
]);

const rules: Array<[TokenKind, RegExp]> = [
  ['comment', /<#[\s\S]*?#>|#[^\n]*/y],
  ['string', /['\u2018-\u201B](?:[^'\u2018-\u201B]|['\u2018-\u201B]{2})*['\u2018-\u201B]/y],
  ['string', /"(?:[^"`]|`[\s\S]|"")*"/y],
  ['variable', /\$(?:\{[^}]*\}|[\w:]+|\$|\?|_)/y],
  ['parameter', /-[A-Za-z][\w]*:?/y],
  ['type', /\[[A-Za-z][\w.]*(?:\[\])?\]/y],
  ['keyword', /\b(?:if|elseif|else|foreach|for|while|do|try|catch|finally|throw|function|param|return|break|continue|trap|switch)\b/iy],
  ['command', /\b[A-Z][a-z]+-[A-Za-z]+\b|\biisreset(?:\.exe)?\b/y],
  ['number', /\b\d+\b/y],
];

export function tokenizePowerShell(text: string): Token[] {
  const tokens: Token[] = [];
  const push = (kind: TokenKind, value: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.kind === kind && kind === 'plain') last.text += value;
    else tokens.push({ kind, text: value });
  };
  let at = 0;
  while (at < text.length) {
    let matched = false;
    for (const [kind, rule] of rules) {
      rule.lastIndex = at;
      const match = rule.exec(text);
      if (!match || match[0] === '') continue;
      // A dash word is a parameter only after a blank or an opening bracket (else it is part of a name).
      if (kind === 'parameter' && at > 0 && !/[\s(]/.test(text[at - 1] as string)) continue;
      const word = match[0];
      push(kind === 'parameter' && operators.has(word.slice(1).toLowerCase()) ? 'operator' : kind, word);
      at += word.length;
      matched = true;
      break;
    }
    if (!matched) {
      push('plain', text[at] as string);
      at += 1;
    }
  }
  return tokens;
}
