/** Run-time validation of every channel's arguments: the renderer is not trusted to send what the types say. */
import type { IpcContract } from '../../shared/ipc-contract.js';
import type { ArgSchemasOf } from './schemas/arg-schema-types.js';
import { projectArgSchemas } from './schemas/project-schemas.js';
import { certificateArgSchemas } from './schemas/certificate-schemas.js';
import { scriptArgSchemas } from './schemas/script-schemas.js';
import { metadataArgSchemas } from './schemas/metadata-schemas.js';
import { verifyArgSchemas } from './schemas/verify-schemas.js';
import { reportArgSchemas } from './schemas/report-schemas.js';
import { docsArgSchemas } from './schemas/docs-schemas.js';
import { sessionArgSchemas } from './schemas/session-schemas.js';
import { exportedFilesArgSchemas } from './schemas/exported-files-schemas.js';

export const argSchemas: ArgSchemasOf<IpcContract> = {
  ...projectArgSchemas,
  ...certificateArgSchemas,
  ...scriptArgSchemas,
  ...metadataArgSchemas,
  ...verifyArgSchemas,
  ...reportArgSchemas,
  ...docsArgSchemas,
  ...sessionArgSchemas,
  ...exportedFilesArgSchemas,
};
