/**
 * Run-time schemas of the collected-state JSON (state-format.ts), tolerant where its header says the importer
 * must be: a lone object where a list is expected, PowerShell 5.1's `/Date(ms)/` dates (also inside the
 * `{ value, DisplayHint, DateTime }` object 5.1 writes for a DateTime that carries extra properties), thumbprints in
 * lower case, `null` for an empty list.
 */
import { z } from 'zod';
import {
  exchangeStateKind,
  lyncStateKind,
  stateFormatVersion,
  type CollectedCertificate,
  type ExchangeState,
  type LyncState,
} from './state-format.js';

const text = z.string({ error: 'must be text in quotes' });
const nullableText = z.union([z.string(), z.null()], { error: 'must be text in quotes, or null' });
const flag = z.boolean({ error: 'must be true or false' });

/** `/Date(1700000000000)/` or `/Date(1700000000000+0100)/`: milliseconds since 1970 (UTC), offset informative. */
const msDate = /^\/Date\((-?\d+)([+-]\d{4})?\)\/$/;

function toIsoDate(value: unknown): unknown {
  const raw = typeof value === 'object' && value !== null && 'value' in value ? (value as { value: unknown }).value : value;
  if (typeof raw !== 'string') return raw;
  const ms = msDate.exec(raw);
  const date = ms ? new Date(Number(ms[1])) : new Date(raw);
  return Number.isNaN(date.getTime()) ? raw : date.toISOString();
}

const date = z.preprocess(toIsoDate, z.string({ error: 'must be a date' }).refine((v) => !Number.isNaN(Date.parse(v)), 'must be a date, e.g. 2026-11-26T09:00:00.0000000Z'));
const nullableDate = z.preprocess(toIsoDate, z.union([z.string(), z.null()]).refine((v) => v === null || !Number.isNaN(Date.parse(v)), 'must be a date or null'));

const thumbprint = z.preprocess(
  (value) => (typeof value === 'string' ? value.replace(/\s/g, '').toUpperCase() : value),
  z.string({ error: 'must be a thumbprint in quotes' }).regex(/^[0-9A-F]{40}$/, 'must be a thumbprint: 40 hexadecimal digits'),
);
const nullableThumbprint = z.preprocess((value) => (value === '' ? null : value), z.union([thumbprint, z.null()]));

/** A list, accepting what ConvertTo-Json makes of a one-item list built without @() (the item) or of none (null). */
function list<T extends z.ZodType>(item: T) {
  return z.preprocess((value) => (value === null ? [] : Array.isArray(value) ? value : typeof value === 'object' ? [value] : value), z.array(item, { error: 'must be a list' }));
}

const certificateFields = z.object({
  thumbprint,
  subject: text,
  notBefore: date,
  notAfter: date,
  foundOnServer: flag,
});
const certificate: z.ZodType<CollectedCertificate> = certificateFields;

/** Typed with state-format.ts: a field the two disagree on breaks the build here. */
export const exchangeStateSchema: z.ZodType<ExchangeState> = z.object({
  kind: z.literal(exchangeStateKind),
  version: z.literal(stateFormatVersion),
  collectedAt: date,
  server: text,
  exchangeVersion: nullableText,
  authConfig: z.object({
    currentCertificateThumbprint: nullableThumbprint,
    previousCertificateThumbprint: nullableThumbprint,
    nextCertificateThumbprint: nullableThumbprint,
    nextCertificateEffectiveDate: nullableDate,
    serviceName: nullableText,
    realm: nullableText,
  }),
  authCertificate: z.union([certificate, z.null()]),
  nextAuthCertificate: z.union([certificate, z.null()]),
  partnerApplications: list(
    z.object({
      name: text,
      applicationIdentifier: text,
      realm: nullableText,
      enabled: flag,
      authMetadataUrl: nullableText,
      linkedAccount: nullableText,
      useAuthServer: flag,
    }),
  ),
  acceptedDomains: list(z.object({ domainName: text, domainType: text, default: flag })),
  webServicesVirtualDirectories: list(
    z.object({ server: text, identity: text, oAuthAuthentication: flag, internalUrl: nullableText, externalUrl: nullableText }),
  ),
  autodiscoverVirtualDirectories: list(z.object({ server: text, identity: text, oAuthAuthentication: flag })),
  clientAccessServices: list(z.object({ name: text, autoDiscoverServiceInternalUri: nullableText })),
});

export const lyncStateSchema: z.ZodType<LyncState> = z.object({
  kind: z.literal(lyncStateKind),
  version: z.literal(stateFormatVersion),
  collectedAt: date,
  server: text,
  oauthTokenIssuer: list(certificateFields.extend({ use: text, effectiveDate: nullableDate })),
  partnerApplications: list(
    z.object({
      identity: text,
      applicationIdentifier: nullableText,
      applicationTrustLevel: text,
      enabled: flag,
      metadataUrl: nullableText,
      realm: nullableText,
    }),
  ),
  oauthConfiguration: z.union([
    z.object({
      identity: text,
      realm: nullableText,
      serviceName: nullableText,
      exchangeAutodiscoverUrl: nullableText,
      exchangeAutodiscoverAllowedDomains: nullableText,
      clientAuthorizationOAuthServerIdentity: nullableText,
    }),
    z.null(),
  ]),
});
