/**
 * What the output itself says about the run: the test user, the realm Exchange looked up, the issuers it trusts,
 * the URLs involved. A value only counts when it has its exact form (a fix command may quote it, and output can
 * be pasted from anywhere).
 */
import { checkFqdn, parseHttpsUrl, parseSipUri } from '../model/values.js';
import { searchCompact, type CompactText } from './compact-text.js';
import { facts } from './symptoms.js';

export interface OutputFacts {
  sipUri: string | null;
  /** The realm of Lync's token as Exchange looked it up (`tenant guid '…'`). */
  tenantRealm: string | null;
  /** The issuers of Exchange's Bearer challenge, when the verbose output shows it. */
  trustedIssuers: string[] | null;
  autodiscoverUrl: string | null;
  notFound: boolean;
  canceled: boolean;
  metadataUrl: string | null;
  /** The run wrote to the Dumpster folder (the archiving test). */
  dumpster: boolean;
  /** The output is Configure-EnterprisePartnerApplication.ps1's (Exchange side). */
  configureScript: boolean;
}

function captured(text: CompactText, patterns: readonly RegExp[], accept: (value: string) => string | null): string | null {
  for (const pattern of patterns) {
    for (const match of searchCompact(text, pattern)) {
      const value = match.groups.find((group) => group !== undefined);
      const accepted = value === undefined ? null : accept(value);
      if (accepted !== null) return accepted;
    }
  }
  return null;
}

const present = (text: CompactText, patterns: readonly RegExp[]) => patterns.some((pattern) => searchCompact(text, pattern).length > 0);

const sipUri = (value: string) => (parseSipUri(value).ok ? value : null);
const fqdn = (value: string) => (checkFqdn(value).ok ? value.toLowerCase() : null);
const httpsUrl = (value: string) => {
  const parsed = parseHttpsUrl(value);
  return parsed.ok ? parsed.url.href : null;
};
const issuerList = (value: string) => {
  const issuers = value.split(',').filter((issuer) => /^[0-9a-f-]{36}@[a-z0-9.*-]+$/i.test(issuer));
  return issuers.length > 0 ? issuers.join(',') : null;
};

export function readOutputFacts(text: CompactText): OutputFacts {
  const issuers = captured(text, facts.trustedIssuers, issuerList);
  return {
    sipUri: captured(text, facts.sipUri, sipUri),
    tenantRealm: captured(text, facts.tenantRealm, fqdn),
    trustedIssuers: issuers === null ? null : issuers.split(','),
    autodiscoverUrl: captured(text, facts.autodiscoverUrl, httpsUrl),
    notFound: present(text, facts.notFound),
    canceled: present(text, facts.canceled),
    metadataUrl: captured(text, facts.metadataUrl, httpsUrl),
    dumpster: present(text, facts.dumpster),
    configureScript: present(text, facts.configureScript),
  };
}
