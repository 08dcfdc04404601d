import { z } from 'zod';
import type { ReportChannels } from '../../../shared/channels/report-channels.js';
import { type ArgSchemasOf } from './arg-schema-types.js';
import { projectArg } from './project-schemas.js';

const operationId = z.string().regex(/^[\w-]{1,100}$/, { error: 'must be an operation id (letters, digits, - and _)' });

export const reportArgSchemas: ArgSchemasOf<ReportChannels> = {
  'report:save': z.tuple([operationId, projectArg, z.enum(['html', 'pdf'], { error: 'must be "html" or "pdf"' })]),
  'report:cancel': z.tuple([operationId]),
};
