import { z } from 'zod';
import type { CertificateChannels } from '../../../shared/channels/certificate-channels.js';
import { maxCertificateFileBytes } from '../../../core/certs/read-bounded-file.js';
import { noArgs, type ArgSchemasOf } from './arg-schema-types.js';
import { droppedFileArg } from './dropped-file-schema.js';
import { projectArg } from './project-schemas.js';

const slot = z.enum(['oauthIssuer', 'exchangeAuth'], { error: 'must be "oauthIssuer" or "exchangeAuth"' });
const password = z.string().max(1024, { error: 'is longer than 1024 characters' });
const operationId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'must be an operation id (letters, digits and hyphens)' });

export const certificateArgSchemas: ArgSchemasOf<CertificateChannels> = {
  'certs:pick': z.tuple([slot, projectArg]),
  'certs:drop': z.tuple([slot, projectArg, droppedFileArg(maxCertificateFileBytes, 'a certificate file')]),
  'certs:load': z.tuple([slot, projectArg]),
  'certs:password': z.tuple([slot, projectArg, password]),
  'certs:forget': z.tuple([slot]),
  'certs:pick-ca': noArgs,
  'certs:probe': z.tuple([operationId, z.enum(['pool', 'autodiscover'], { error: 'must be "pool" or "autodiscover"' }), projectArg]),
  'certs:cancel-probe': z.tuple([operationId]),
  'certs:copy': z.tuple([z.string().max(20_000, { error: 'is longer than a fix can be' })]),
};
