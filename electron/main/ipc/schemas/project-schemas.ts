import { z } from 'zod';
import { projectSchema, type Project } from '../../../core/model/project.js';
import type { ProjectChannels } from '../../../shared/channels/project-channels.js';
import { type ArgSchemasOf, noArgs } from './arg-schema-types.js';

export const projectArg = projectSchema as unknown as z.ZodType<Project>;

export const projectArgSchemas: ArgSchemasOf<ProjectChannels> = {
  'app:info': noArgs,
  'project:new': noArgs,
  'project:validate': z.tuple([projectArg]),
  'project:open': noArgs,
  'project:save': z.tuple([projectArg, z.enum(['save', 'save-as'])]),
  'autosave:write': z.tuple([projectArg]),
  'autosave:read': noArgs,
};
