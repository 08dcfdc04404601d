import { z } from 'zod';
import { isFindingDocUrl } from '../../../core/finding-docs.js';
import type { DocsChannels } from '../../../shared/channels/docs-channels.js';
import { noArgs, type ArgSchemasOf } from './arg-schema-types.js';

const docUrl = z.string().max(2048).refine(isFindingDocUrl, { error: 'must be one of the Microsoft documentation pages a finding links to' });

export const docsArgSchemas: ArgSchemasOf<DocsChannels> = {
  'app:finding-docs': noArgs,
  'app:open-docs': z.tuple([docUrl]),
};
