/**
 * Asks before the window closes with unsaved changes: Save / Don't save / Cancel, as a native message box. Main
 * asks nothing of the page: it uses the unsaved work the renderer last reported (see ipc/unsaved-work.ts), so a
 * hung renderer cannot stop the window from closing, nor lose the work.
 */
import { dialog, type BrowserWindow, type MessageBoxOptions } from 'electron';
import { basename } from 'node:path';
import type { Project } from '../core/model/project.js';
import type { Result } from '../core/result.js';
import { closeGuardText } from './close-guard-text.js';
import type { UnsavedWork } from './ipc/unsaved-work.js';

export interface CloseGuardDeps {
  unsavedWork: UnsavedWork;
  /** The 'project:save' handler in 'save' mode: to the project's file, or through the Save dialog (null: cancelled). */
  save(project: Project): Promise<Result<{ path: string } | null>>;
  /** The 'autosave:write' handler: Don't save keeps the latest changes there (the page's autosave lags by half a second). */
  autosave(project: Project): Promise<Result<null>>;
}

const answers = { save: 0, dontSave: 1, cancel: 2 } as const;

/** True when the window may close: the user saved, or chose not to. */
async function askToClose(window: BrowserWindow, deps: CloseGuardDeps, project: Project): Promise<boolean> {
  const { path, language } = deps.unsavedWork;
  const text = closeGuardText[language];
  const question: MessageBoxOptions = {
    type: 'warning',
    title: 's2s-wizard',
    message: path === null ? text.saveNewProject : text.saveChangesTo(basename(path)),
    detail: text.detail,
    buttons: [text.save, text.dontSave, text.cancel],
    defaultId: answers.save,
    cancelId: answers.cancel,
    noLink: true,
  };
  const { response } = await dialog.showMessageBox(window, question);
  if (response === answers.dontSave) {
    await deps.autosave(project);
    return true;
  }
  if (response !== answers.save) return false;
  const saved = await deps.save(project);
  if (saved.ok) return saved.value !== null;
  await dialog.showMessageBox(window, { type: 'error', title: 's2s-wizard', message: text.notSaved, detail: saved.error.message, buttons: [text.ok], noLink: true });
  return false;
}

export function guardClose(window: BrowserWindow, deps: CloseGuardDeps): void {
  let answered = false;
  let asking = false;
  window.on('close', (event) => {
    const project = deps.unsavedWork.project;
    if (answered || project === null) return;
    event.preventDefault();
    // A second click on the close button while the question is up changes nothing.
    if (asking) return;
    asking = true;
    void askToClose(window, deps, project)
      .catch(() => false)
      .then((close) => {
        asking = false;
        if (!close) return;
        answered = true;
        window.close();
      });
  });
}
