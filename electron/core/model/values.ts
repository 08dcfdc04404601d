/**
 * Validators for the values a project holds. They are strict on purpose: whatever passes here may later
 * enter a generated PowerShell script, so anything outside the plain forms below is refused.
 */

export type Check = { ok: true } | { ok: false; reason: string };

const valid: Check = { ok: true };
const invalid = (reason: string): Check => ({ ok: false, reason });

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A DNS name with at least two labels, ASCII only (IDNs in their xn-- form). */
export function checkFqdn(value: string): Check {
  if (value.length === 0) return invalid('it is empty');
  if (value.length > 253) return invalid('it is longer than 253 characters');
  if (/[^\x21-\x7e]/.test(value)) {
    return invalid(/\s/.test(value) ? 'it contains a space or another blank' : 'it contains a character outside ASCII (use the xn-- form of an international name)');
  }
  if (value.endsWith('.')) return invalid('it ends with a dot');
  const labels = value.split('.');
  if (labels.length < 2) return invalid('it has a single label; a fully qualified name looks like atl-cs-001.litwareinc.com');
  const bad = labels.find((l) => !label.test(l));
  if (bad !== undefined) {
    return invalid(bad === '' ? 'it has an empty label (two dots in a row)' : `the label '${bad}' may hold only letters, digits and inner hyphens, at most 63 characters`);
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return invalid('it looks like an IP address; use the DNS name');
  return valid;
}

export interface SipUri {
  user: string;
  domain: string;
}

const sipUser = /^[A-Za-z0-9._%+'-]+$/;

/** `sip:user@domain`; the scheme is case-insensitive, the user part limited to the characters of a mail address. */
export function parseSipUri(value: string): { ok: true; uri: SipUri } | { ok: false; reason: string } {
  const match = /^sip:([^@]*)@(.*)$/i.exec(value);
  if (!match) return { ok: false, reason: 'it must have the form sip:user@domain, e.g. sip:kenmyer@litwareinc.com' };
  const [, user = '', domain = ''] = match;
  if (!sipUser.test(user)) {
    return { ok: false, reason: "its user part may hold only letters, digits and . _ % + ' -" };
  }
  const host = checkFqdn(domain);
  if (!host.ok) return { ok: false, reason: `its domain is not valid: ${host.reason}` };
  return { ok: true, uri: { user, domain } };
}

/** An absolute https URL whose host is a fully qualified name, without credentials, query or fragment. */
export function parseHttpsUrl(value: string): { ok: true; url: URL } | { ok: false; reason: string } {
  if (/[\s\p{Cc}]/u.test(value)) return { ok: false, reason: 'it contains a blank or a control character' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { ok: false, reason: 'it is not an absolute URL (https://host/path)' };
  }
  if (url.protocol !== 'https:') return { ok: false, reason: `it uses ${url.protocol.replace(':', '')}; only https is allowed` };
  if (url.username || url.password) return { ok: false, reason: 'it holds a user name or password' };
  if (url.search || url.hash) return { ok: false, reason: 'it holds a query or fragment' };
  const host = checkFqdn(url.hostname);
  if (!host.ok) return { ok: false, reason: `its host is not valid: ${host.reason}` };
  return { ok: true, url };
}

/** An absolute local Windows path such as `D:\Exchange Server\V15`; no UNC, no relative parts, no control characters. */
export function checkWindowsPath(value: string): Check {
  if (!/^[A-Za-z]:\\/.test(value)) return invalid('it must be an absolute local path such as C:\\Program Files\\Microsoft\\Exchange Server\\V15');
  if (/[\p{Cc}<>"|?*\u2028\u2029]/u.test(value.slice(2))) return invalid('it contains a character Windows does not allow in a path');
  if (value.split('\\').some((part) => part === '..')) return invalid('it contains a .. segment');
  if (value.length > 240) return invalid('it is longer than 240 characters');
  return valid;
}
