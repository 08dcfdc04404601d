/**
 * Validators for the values a project holds. They are strict on purpose: whatever passes here may later
 * enter a generated PowerShell script, so anything outside the plain forms below is refused.
 */

import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';

/** Why a value is refused: `reason` in English, `reasonMessage` for the UI to say in the user's language. */
export interface Refusal {
  ok: false;
  reason: string;
  reasonMessage: Message;
}

export type Check = { ok: true } | Refusal;

const valid: Check = { ok: true };
const invalid = (reasonMessage: Message): Refusal => ({ ok: false, reason: english(reasonMessage), reasonMessage });

const label = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;

/** A DNS name with at least two labels, ASCII only (IDNs in their xn-- form). */
export function checkFqdn(value: string): Check {
  if (value.length === 0) return invalid(msg('project.reason.empty'));
  if (value.length > 253) return invalid(msg('project.reason.fqdn-too-long'));
  if (/[^\x21-\x7e]/.test(value)) {
    return invalid(/\s/.test(value) ? msg('project.reason.blank') : msg('project.reason.not-ascii'));
  }
  if (value.endsWith('.')) return invalid(msg('project.reason.trailing-dot'));
  const labels = value.split('.');
  if (labels.length < 2) return invalid(msg('project.reason.single-label'));
  const bad = labels.find((l) => !label.test(l));
  if (bad !== undefined) {
    return invalid(bad === '' ? msg('project.reason.empty-label') : msg('project.reason.bad-label', { label: bad }));
  }
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return invalid(msg('project.reason.ip-address'));
  return valid;
}

export interface SipUri {
  user: string;
  domain: string;
}

const sipUser = /^[A-Za-z0-9._%+'-]+$/;

/** `sip:user@domain`; the scheme is case-insensitive, the user part limited to the characters of a mail address. */
export function parseSipUri(value: string): { ok: true; uri: SipUri } | Refusal {
  const match = /^sip:([^@]*)@(.*)$/i.exec(value);
  if (!match) return invalid(msg('project.reason.sip-form'));
  const [, user = '', domain = ''] = match;
  if (!sipUser.test(user)) return invalid(msg('project.reason.sip-user'));
  const host = checkFqdn(domain);
  if (!host.ok) return invalid(msg('project.reason.sip-domain', { reason: host.reasonMessage }));
  return { ok: true, uri: { user, domain } };
}

/** An absolute https URL whose host is a fully qualified name, without credentials, query or fragment. */
export function parseHttpsUrl(value: string): { ok: true; url: URL } | Refusal {
  if (/[\s\p{Cc}]/u.test(value)) return invalid(msg('project.reason.url-blank'));
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return invalid(msg('project.reason.url-not-absolute'));
  }
  if (url.protocol !== 'https:') return invalid(msg('project.reason.url-scheme', { scheme: url.protocol.replace(':', '') }));
  if (url.username || url.password) return invalid(msg('project.reason.url-credentials'));
  if (url.search || url.hash) return invalid(msg('project.reason.url-query'));
  const host = checkFqdn(url.hostname);
  if (!host.ok) return invalid(msg('project.reason.url-host', { reason: host.reasonMessage }));
  return { ok: true, url };
}

/** An absolute local Windows path such as `D:\Exchange Server\V15`; no UNC, no relative parts, no control characters. */
export function checkWindowsPath(value: string): Check {
  if (!/^[A-Za-z]:\\/.test(value)) return invalid(msg('project.reason.path-not-absolute', { example: 'C:\\Program Files\\Microsoft\\Exchange Server\\V15' }));
  if (/[\p{Cc}<>"|?*\u2028\u2029]/u.test(value.slice(2))) return invalid(msg('project.reason.path-character'));
  if (value.split('\\').some((part) => part === '..')) return invalid(msg('project.reason.path-dot-dot'));
  if (value.length > 240) return invalid(msg('project.reason.path-too-long'));
  return valid;
}
