/** All IPC handlers, joined from each area's; the type makes a missing or extra channel a compile error. */
import type { Handlers } from '../dispatch.js';
import { createProjectHandlers, type ProjectHandlerDeps } from './project-handlers.js';
import { createCertificateHandlers, type CertificateHandlerDeps } from './certificate-handlers.js';
import { createScriptHandlers, type ScriptHandlerDeps } from './script-handlers.js';
import { createMetadataHandlers, type MetadataHandlerDeps } from './metadata-handlers.js';
import { createProjectSession } from '../project-session.js';
import { createEvidenceHandlers, type EvidenceHandlerDeps } from './evidence-handlers.js';

export type HandlerDeps = ProjectHandlerDeps & CertificateHandlerDeps & ScriptHandlerDeps & MetadataHandlerDeps & EvidenceHandlerDeps;

export function createHandlers(deps: HandlerDeps): Handlers {
  // The project file main knows of, shared by the areas that resolve the project's relative paths.
  const session = createProjectSession();
  return {
    ...createProjectHandlers(deps, session),
    ...createCertificateHandlers(deps),
    ...createScriptHandlers(deps),
    ...createMetadataHandlers(deps, session),
    ...createEvidenceHandlers(deps, session),
  };
}

