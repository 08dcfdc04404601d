import { z } from 'zod';
import type { ExportedFilesChannels } from '../../../shared/channels/exported-files-channels.js';
import type { ArgSchemasOf } from './arg-schema-types.js';

export const exportedFilesArgSchemas: ArgSchemasOf<ExportedFilesChannels> = {
  'files:show-exported': z.tuple([z.enum(['bundle', 'report'], { error: 'must be "bundle" or "report"' })]),
};
