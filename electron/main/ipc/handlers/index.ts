/** All IPC handlers, joined from each area's; the type makes a missing or extra channel a compile error. */
import type { Handlers } from '../dispatch.js';
import { createProjectHandlers, type ProjectHandlerDeps } from './project-handlers.js';

export type HandlerDeps = ProjectHandlerDeps;

export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createProjectHandlers(deps),
  };
}
