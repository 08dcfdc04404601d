/** The project file (design.md §4, schema version 1): types, the structural schema and a new empty project. */
import { z } from 'zod';

export const projectSchemaVersion = 1;
export const projectFileExtension = '.s2s.json';

export interface ProjectOptions {
  archiving: boolean;
  unifiedContactStore: boolean;
  deleteTestItem: boolean;
  trustAnySslCertificate: boolean;
  lyncTrustsExchangeBy: 'metadata' | 'certificate';
  /** The Exchange side (step 4) has run: from then on Exchange not trusting Lync is an error, not a warning. */
  exchangeTrustConfigured: boolean;
  [unknown: string]: unknown;
}

export interface ProjectCertificates {
  /** Path (relative to the project file) of the Lync/SfB OAuthTokenIssuer certificate. */
  oauthIssuer: string | null;
  /** Path (relative to the project file) of the Exchange Server Auth Certificate. */
  exchangeAuth: string | null;
  [unknown: string]: unknown;
}

export interface Project {
  schemaVersion: 1;
  sipDomain: string;
  realm: string | null;
  lyncPoolFqdn: string;
  exchangeAutodiscoverFqdn: string;
  exchangeServers: string[];
  exchangeInstallPath: string | null;
  testUserSipUri: string;
  lyncMetadataUrl: string | null;
  exchangeMetadataUrl: string | null;
  exchangeEwsUrl: string | null;
  lyncMetadataFile: string | null;
  exchangeMetadataFile: string | null;
  exchangeStateFile: string | null;
  lyncStateFile: string | null;
  certificates: ProjectCertificates;
  trustedCaFiles: string[];
  /** `host:port` → SHA-256 fingerprint (64 hex digits) of an endpoint certificate the user chose to trust after seeing it. */
  tlsPins: Record<string, string>;
  options: ProjectOptions;
  /** Fields this version does not know are kept as they are. */
  [unknown: string]: unknown;
}

const text = (what: string) => z.string({ error: `must be ${what} in quotes` });
const nullableText = (what: string) => z.union([z.string(), z.null()], { error: `must be ${what} in quotes, or null` }).default(null);
const flag = (fallback: boolean) => z.boolean({ error: 'must be true or false' }).default(fallback);

export const projectSchema = z.looseObject({
  schemaVersion: z.literal(projectSchemaVersion, { error: `must be ${projectSchemaVersion}, the version this tool reads` }),
  sipDomain: text('a domain name').default(''),
  realm: nullableText('a realm'),
  lyncPoolFqdn: text('a host name').default(''),
  exchangeAutodiscoverFqdn: text('a host name').default(''),
  exchangeServers: z.array(text('a host name'), { error: 'must be a list of host names, e.g. ["atl-exchange-001.litwareinc.com"]' }).default([]),
  exchangeInstallPath: nullableText('a Windows path'),
  testUserSipUri: text('a SIP URI').default(''),
  lyncMetadataUrl: nullableText('an https URL'),
  exchangeMetadataUrl: nullableText('an https URL'),
  exchangeEwsUrl: nullableText('an https URL'),
  lyncMetadataFile: nullableText('a file path'),
  exchangeMetadataFile: nullableText('a file path'),
  exchangeStateFile: nullableText('a file path'),
  lyncStateFile: nullableText('a file path'),
  certificates: z
    .looseObject(
      { oauthIssuer: nullableText('a file path'), exchangeAuth: nullableText('a file path') },
      { error: 'must be an object { "oauthIssuer": …, "exchangeAuth": … }' },
    )
    .default({ oauthIssuer: null, exchangeAuth: null }),
  trustedCaFiles: z.array(text('a file path'), { error: 'must be a list of file paths' }).default([]),
  tlsPins: z
    .record(
      z.string().regex(/^[A-Za-z0-9.-]+:\d{1,5}$/),
      z.string().regex(/^(?:[0-9A-Fa-f]{2}:?){31}[0-9A-Fa-f]{2}$/, { error: 'must be a SHA-256 fingerprint: 64 hexadecimal digits' }),
      {
        error: (issue) =>
          issue.code === 'invalid_key' ? 'must be keyed by host:port, e.g. "atl-cs-001.litwareinc.com:443"' : 'must be an object { "host:port": "<SHA-256 fingerprint>" }',
      },
    )
    .default({}),
  options: z
    .looseObject(
      {
        archiving: flag(false),
        unifiedContactStore: flag(false),
        deleteTestItem: flag(true),
        trustAnySslCertificate: flag(false),
        lyncTrustsExchangeBy: z.enum(['metadata', 'certificate'], { error: 'must be "metadata" or "certificate"' }).default('metadata'),
        exchangeTrustConfigured: flag(false),
      },
      { error: 'must be an object of options' },
    )
    .default({ archiving: false, unifiedContactStore: false, deleteTestItem: true, trustAnySslCertificate: false, lyncTrustsExchangeBy: 'metadata', exchangeTrustConfigured: false }),
});

export function emptyProject(): Project {
  return {
    schemaVersion: 1,
    sipDomain: '',
    realm: null,
    lyncPoolFqdn: '',
    exchangeAutodiscoverFqdn: '',
    exchangeServers: [],
    exchangeInstallPath: null,
    testUserSipUri: '',
    lyncMetadataUrl: null,
    exchangeMetadataUrl: null,
    exchangeEwsUrl: null,
    lyncMetadataFile: null,
    exchangeMetadataFile: null,
    exchangeStateFile: null,
    lyncStateFile: null,
    certificates: { oauthIssuer: null, exchangeAuth: null },
    trustedCaFiles: [],
    tlsPins: {},
    options: { archiving: false, unifiedContactStore: false, deleteTestItem: true, trustAnySslCertificate: false, lyncTrustsExchangeBy: 'metadata', exchangeTrustConfigured: false },
  };
}
