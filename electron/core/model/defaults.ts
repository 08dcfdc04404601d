/** Values a project leaves null, derived as design.md §4 says. */
import type { Project } from './project.js';

export interface ResolvedEndpoints {
  realm: string;
  lyncMetadataUrl: string;
  exchangeMetadataUrl: string;
  exchangeEwsUrl: string;
}

export const lyncMetadataPath = '/metadata/json/1';
export const exchangeMetadataPath = '/autodiscover/metadata/json/1';

export function defaultLyncMetadataUrl(poolFqdn: string): string {
  return `https://${poolFqdn}${lyncMetadataPath}`;
}

export function defaultExchangeMetadataUrl(autodiscoverFqdn: string): string {
  return `https://${autodiscoverFqdn}${exchangeMetadataPath}`;
}

export function defaultExchangeEwsUrl(autodiscoverFqdn: string): string {
  return `https://${autodiscoverFqdn}/EWS/Exchange.asmx`;
}

/** The realm defaults to the SIP domain; the URLs to those derived from the FQDNs. */
export function resolveEndpoints(project: Project): ResolvedEndpoints {
  return {
    realm: project.realm ?? project.sipDomain,
    lyncMetadataUrl: project.lyncMetadataUrl ?? defaultLyncMetadataUrl(project.lyncPoolFqdn),
    exchangeMetadataUrl: project.exchangeMetadataUrl ?? defaultExchangeMetadataUrl(project.exchangeAutodiscoverFqdn),
    exchangeEwsUrl: project.exchangeEwsUrl ?? defaultExchangeEwsUrl(project.exchangeAutodiscoverFqdn),
  };
}
