import { z } from 'zod';
import type { MetadataChannels } from '../../../shared/channels/metadata-channels.js';
import { maxMetadataBytes } from '../../../core/metadata/parse-metadata.js';
import type { ArgSchemasOf } from './arg-schema-types.js';
import { droppedFileArg } from './dropped-file-schema.js';
import { projectArg } from './project-schemas.js';

const operationId = z.string().regex(/^[\w-]{1,100}$/, { error: 'must be an operation id (letters, digits, - and _)' });
const side = z.enum(['lync', 'exchange'], { error: 'must be "lync" or "exchange"' });
// A document is at most 1 MiB; pasted text a little over that still reaches core, which says it is too large.
const documentText = z.string().max(4 * 1024 * 1024, { error: 'is far larger than a metadata document (1 MiB)' });
const derBase64 = z.string().max(64 * 1024).regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'must be the base64 of a DER certificate' });

export const metadataArgSchemas: ArgSchemasOf<MetadataChannels> = {
  'metadata:fetch': z.tuple([operationId, side, projectArg]),
  'metadata:cancel': z.tuple([operationId]),
  'metadata:import': z.tuple([side, projectArg]),
  'metadata:check-text': z.tuple([side, projectArg, documentText]),
  'metadata:drop': z.tuple([side, projectArg, droppedFileArg(maxMetadataBytes, 'a metadata document')]),
  'metadata:load-saved': z.tuple([side, projectArg]),
  'metadata:save': z.tuple([side, documentText]),
  'metadata:probe-trust': z.tuple([operationId, projectArg]),
  'metadata:trust-ca': z.tuple([derBase64]),
};
