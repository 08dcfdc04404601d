import { z } from 'zod';
import type { ReportChannels } from '../../../shared/channels/report-channels.js';
import { type ArgSchemasOf } from './arg-schema-types.js';
import { projectArg } from './project-schemas.js';

export const reportArgSchemas: ArgSchemasOf<ReportChannels> = {
  'report:save': z.tuple([projectArg, z.enum(['html', 'pdf'], { error: 'must be "html" or "pdf"' })]),
};
