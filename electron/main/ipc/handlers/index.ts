/** All IPC handlers, joined from each area's; the type makes a missing or extra channel a compile error. */
import type { Handlers } from '../dispatch.js';
import { createProjectHandlers, type ProjectHandlerDeps } from './project-handlers.js';
import { createCertificateHandlers, type CertificateHandlerDeps } from './certificate-handlers.js';
import { createScriptHandlers, type ScriptHandlerDeps } from './script-handlers.js';
import { createMetadataHandlers, type MetadataHandlerDeps } from './metadata-handlers.js';
import { createProjectSession } from '../project-session.js';
import { createEvidenceHandlers, type EvidenceHandlerDeps } from './evidence-handlers.js';
import { createDocsHandlers, type DocsHandlerDeps } from './docs-handlers.js';
import { createSessionHandlers, type SessionHandlerDeps } from './session-handlers.js';
import { createExportedFilesHandlers, type ExportedFilesHandlerDeps } from './exported-files-handlers.js';

export type HandlerDeps = ProjectHandlerDeps & CertificateHandlerDeps & ScriptHandlerDeps & MetadataHandlerDeps & EvidenceHandlerDeps & DocsHandlerDeps & SessionHandlerDeps & ExportedFilesHandlerDeps;

export function createHandlers(deps: HandlerDeps): Handlers {
  // What main holds for the project (its file, the certificates loaded, the files exported, the evidence), shared by the areas.
  const session = createProjectSession();
  return {
    ...createProjectHandlers(deps, session),
    ...createCertificateHandlers(deps, session),
    ...createScriptHandlers(deps, session),
    ...createMetadataHandlers(deps, session),
    ...createEvidenceHandlers(deps, session),
    ...createDocsHandlers(deps),
    ...createSessionHandlers(deps, session),
    ...createExportedFilesHandlers(deps, session),
  };
}

