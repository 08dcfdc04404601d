import { z } from 'zod';
import type { SessionChannels } from '../../../shared/channels/session-channels.js';
import { noArgs, type ArgSchemasOf } from './arg-schema-types.js';
import { projectArg } from './project-schemas.js';

const unsavedReport = z.object(
  {
    project: z.union([projectArg, z.null()], { error: 'must be a project, or null when nothing is unsaved' }),
    language: z.enum(['en', 'ko'], { error: 'must be "en" or "ko"' }),
  },
  { error: 'must be an object { "project": …, "language": … }' },
);
// Main gives the ids (UUIDs); anything else cannot name an entry of its list.
const recentId = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { error: 'must be the id of a recent project as listed (letters, digits and hyphens)' });

export const sessionArgSchemas: ArgSchemasOf<SessionChannels> = {
  'session:report-unsaved': z.tuple([unsavedReport]),
  'recent:list': noArgs,
  'recent:open': z.tuple([recentId]),
};
