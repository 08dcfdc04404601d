import { z } from 'zod';
import type { ScriptChannels } from '../../../shared/channels/script-channels.js';
import { type ArgSchemasOf } from './arg-schema-types.js';
import { projectArg } from './project-schemas.js';

const projectFile = z.union([z.string().min(1).max(4096), z.null()], { error: 'must be the project file path, or null' });
// The longest script of a bundle, the certificate parameter set included, stays far below 1 MB.
const copied = z.string().max(1_000_000, { error: 'is longer than a script of the bundle can be' });

export const scriptArgSchemas: ArgSchemasOf<ScriptChannels> = {
  'scripts:generate': z.tuple([projectArg, projectFile]),
  'scripts:export-folder': z.tuple([projectArg, projectFile]),
  'scripts:export-zip': z.tuple([projectArg, projectFile]),
  'scripts:copy': z.tuple([copied]),
};
