/**
 * What the project knows that makes a fix command exact (the test user, the realm, the Exchange servers). Only
 * values of their exact form are taken: a fix command quotes them, and an admin pastes it into a shell.
 */
import { resolveEndpoints } from '../model/defaults.js';
import type { Project } from '../model/project.js';
import { checkFqdn, parseHttpsUrl, parseSipUri } from '../model/values.js';

export interface DiagnoseContext {
  testUserSipUri: string | null;
  realm: string | null;
  exchangeAutodiscoverFqdn: string | null;
  exchangeServers: string[];
  lyncMetadataUrl: string | null;
  exchangeMetadataUrl: string | null;
}

/** The CLI's `diagnose` has no project: the fixes use what the output states, and name the rest. */
export const noProjectContext: DiagnoseContext = {
  testUserSipUri: null,
  realm: null,
  exchangeAutodiscoverFqdn: null,
  exchangeServers: [],
  lyncMetadataUrl: null,
  exchangeMetadataUrl: null,
};

const fqdn = (value: string) => (checkFqdn(value).ok ? value.toLowerCase() : null);
const url = (value: string) => {
  const parsed = parseHttpsUrl(value);
  return parsed.ok ? parsed.url.href : null;
};

export function diagnoseContextOf(project: Project): DiagnoseContext {
  const endpoints = resolveEndpoints(project);
  return {
    testUserSipUri: parseSipUri(project.testUserSipUri).ok ? project.testUserSipUri : null,
    realm: fqdn(endpoints.realm),
    exchangeAutodiscoverFqdn: fqdn(project.exchangeAutodiscoverFqdn),
    exchangeServers: project.exchangeServers.map(fqdn).filter((server): server is string => server !== null),
    lyncMetadataUrl: url(endpoints.lyncMetadataUrl),
    exchangeMetadataUrl: url(endpoints.exchangeMetadataUrl),
  };
}
