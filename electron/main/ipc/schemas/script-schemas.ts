import { z } from 'zod';
import type { ScriptChannels } from '../../../shared/channels/script-channels.js';
import { type ArgSchemasOf } from './arg-schema-types.js';
import { projectArg } from './project-schemas.js';

// The longest script of a bundle, the certificate parameter set included, stays far below 1 MB.
const copied = z.string().max(1_000_000, { error: 'is longer than a script of the bundle can be' });

export const scriptArgSchemas: ArgSchemasOf<ScriptChannels> = {
  'scripts:generate': z.tuple([projectArg]),
  'scripts:export-folder': z.tuple([projectArg]),
  'scripts:export-zip': z.tuple([projectArg]),
  'scripts:copy': z.tuple([copied]),
};
