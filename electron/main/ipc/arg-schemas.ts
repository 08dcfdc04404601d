/** Run-time validation of every channel's arguments: the renderer is not trusted to send what the types say. */
import type { IpcContract } from '../../shared/ipc-contract.js';
import type { ArgSchemasOf } from './schemas/arg-schema-types.js';
import { projectArgSchemas } from './schemas/project-schemas.js';

export const argSchemas: ArgSchemasOf<IpcContract> = {
  ...projectArgSchemas,
};
