/**
 * What main knows of the work the renderer has not saved: the renderer reports it after every change
 * (`session:report-unsaved`), and the close guard reads the last report, so closing never has to ask the page.
 */
import type { Project } from '../../core/model/project.js';
import type { UiLanguage } from '../../shared/channels/session-channels.js';

export interface UnsavedWork {
  /** The project with unsaved changes; null when everything is saved (or nothing was started). */
  project: Project | null;
  /** The project's file when the report came; null for a project never saved. */
  path: string | null;
  language: UiLanguage;
}

export function createUnsavedWork(): UnsavedWork {
  return { project: null, path: null, language: 'en' };
}
