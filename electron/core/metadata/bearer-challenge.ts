/**
 * The Bearer challenge of a WWW-Authenticate header (RFC 9110 §11.6.1 auth-params), as Exchange sends it to an
 * anonymous EWS request (domain.md §2.3):
 *   Bearer client_id="00000002-…", trusted_issuers="00000004-…@contoso.com,00000001-…@<tenant id>", token_types="…"
 * A header may hold several challenges ("Negotiate, NTLM, Bearer …"), and a response several headers.
 */
export interface BearerChallenge {
  /** Parameter names lower-cased, values unquoted. */
  params: Record<string, string>;
  /** `trusted_issuers`, split on commas. */
  trustedIssuers: string[];
}

const token = /[!#$%&'*+.^_`|~0-9A-Za-z-]+/y;

/** Parses one header value into its challenges: scheme plus parameters. */
function challengesOf(header: string): { scheme: string; params: Record<string, string> }[] {
  const challenges: { scheme: string; params: Record<string, string> }[] = [];
  let i = 0;
  const skip = (pattern: RegExp) => {
    pattern.lastIndex = i;
    const m = pattern.exec(header);
    if (m) i += m[0].length;
    return m;
  };
  while (i < header.length) {
    skip(/[\s,]*/y);
    const scheme = skip(token);
    if (!scheme) {
      // A stray character (the = padding of a token68 credential): step over it.
      i += 1;
      continue;
    }
    const params: Record<string, string> = {};
    challenges.push({ scheme: scheme[0], params });
    for (;;) {
      const save = i;
      skip(/[\s,]*/y);
      const name = skip(token);
      if (!name || !skip(/\s*=\s*/y)) {
        // Not a parameter: the next challenge's scheme.
        i = save;
        break;
      }
      const quoted = skip(/"((?:[^"\\]|\\.)*)"/y);
      const value = quoted ? (quoted[1] ?? '').replace(/\\(.)/g, '$1') : (skip(token)?.[0] ?? '');
      params[name[0].toLowerCase()] = value;
    }
  }
  return challenges;
}

/** The first Bearer challenge among all WWW-Authenticate values; null when there is none. */
export function parseBearerChallenge(headers: readonly string[]): BearerChallenge | null {
  for (const header of headers) {
    const bearer = challengesOf(header).find((c) => c.scheme.toLowerCase() === 'bearer');
    if (!bearer) continue;
    const issuers = bearer.params.trusted_issuers ?? '';
    return { params: bearer.params, trustedIssuers: issuers.split(',').map((s) => s.trim()).filter((s) => s !== '') };
  }
  return null;
}
