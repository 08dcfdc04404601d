/** Run-time validation of every channel's arguments: the renderer is not trusted to send what the types say. */
import { z } from 'zod';
import { projectSchema, type Project } from '../../core/model/project.js';
import type { Channel, ChannelArgs } from '../../shared/ipc-contract.js';

const project = projectSchema as unknown as z.ZodType<Project>;
const none = z.tuple([]);

export const argSchemas: { [C in Channel]: z.ZodType<ChannelArgs<C>> } = {
  'app:info': none,
  'project:new': none,
  'project:validate': z.tuple([project]),
  'project:open': none,
  'project:save': z.tuple([project, z.enum(['save', 'save-as'])]),
  'autosave:write': z.tuple([project]),
  'autosave:read': none,
};
