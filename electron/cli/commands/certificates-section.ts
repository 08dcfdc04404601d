/**
 * The certificates part of `s2s-wizard check`: the files the project names in `certificates` and its
 * `trustedCaFiles`, paths relative to the project file. PFX passwords never live in the project: `check` reads
 * them from S2S_OAUTH_ISSUER_PASSWORD and S2S_EXCHANGE_AUTH_PASSWORD when set; a PFX without one gives
 * `cert.password-required`. (The endpoints' TLS certificates are checked where the metadata is fetched.)
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import * as tls from 'node:tls';
import { checkProjectCertificates } from '../../core/certs/project-certificates.js';
import { readBoundedFile } from '../../core/certs/read-bounded-file.js';
import { runtimeRoots, type TlsRootsModule } from '../../core/net/runtime-roots.js';
import type { CheckSection } from './check-sections.js';

export const passwordVariables = { oauthIssuer: 'S2S_OAUTH_ISSUER_PASSWORD', exchangeAuth: 'S2S_EXCHANGE_AUTH_PASSWORD' } as const;

export const certificatesSection: CheckSection = async ({ project, projectDir, now, env }) => {
  const report = await checkProjectCertificates(project, {
    readFile: (path) => readBoundedFile(fs, resolve(projectDir, path)),
    now,
    passwords: { oauthIssuer: env[passwordVariables.oauthIssuer] ?? null, exchangeAuth: env[passwordVariables.exchangeAuth] ?? null },
    roots: runtimeRoots(tls as unknown as TlsRootsModule),
  });
  const { findings, ...json } = report;
  return { findings, json: { certificates: json } };
};
