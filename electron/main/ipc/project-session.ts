/**
 * The project file main knows of: the one the user picked in a native Open or Save dialog (or the autosave
 * recorded). The renderer never names it; handlers that resolve the project's relative paths, or write into the
 * project's folder, read it here.
 */
export interface ProjectSession {
  path: string | null;
}

export function createProjectSession(): ProjectSession {
  return { path: null };
}
