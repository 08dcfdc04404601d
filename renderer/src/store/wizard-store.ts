/** The wizard's state: the project being edited, the file it belongs to, the current step and the messages shown. */
import { createStore } from 'zustand/vanilla';
import type { Project } from '../../../electron/core/model/project';
import type { AppError } from '../../../electron/core/result';
import type { ProjectDocument } from '../../../electron/shared/ipc-contract';
import type { AutosavedDocument } from '../../../electron/shared/channels/project-channels';
import { sameProject } from './same-project';
import type { MessageKey } from '../i18n/en';
import type { StepId } from '../steps/steps';

/** A confirmation in the status region. */
export interface StatusMessage {
  key: MessageKey;
  params?: Record<string, string>;
}

export interface WizardState {
  /** Null until the autosaved or a new project has been loaded. */
  project: Project | null;
  path: string | null;
  /** Differs from `saved`: the project holds changes its file does not (a new project: anything at all). */
  dirty: boolean;
  /** The project as its file holds it (the empty project for a new one; null when the file cannot be read). */
  saved: Project | null;
  /** The autosaved work offered on start, until the user restores it or starts something else. */
  restoreOffer: AutosavedDocument | null;
  /** A new, untouched project does not replace the autosave: the previous work stays there until the user changes something. */
  autosaveHeld: boolean;
  step: StepId;
  /** The last error the backend returned, shown until dismissed or the next file command. */
  /** The error on show, kept as main sent it so that it follows a language switch. */
  alert: AppError | null;
  /** The last confirmation, as a message key: shown in the language of the moment, also after a switch. */
  status: StatusMessage | null;
  /** How many documents (new, opened, autosaved) have been loaded: what belongs to one document starts afresh when it changes. */
  documentLoads: number;

  goTo(step: StepId): void;
  edit(patch: Partial<Project>): void;
  showError(error: AppError): void;
  dismissAlert(): void;
  /** Offers the autosaved work (restoreOffer), or starts a new project; runs once per store. */
  start(): Promise<void>;
  /** The answers to the restore offer. */
  restoreAutosave(): void;
  declineAutosave(): Promise<void>;
  /** Opens an entry of the recent-projects list, by the id main gave it. */
  openRecentProject(id: string): Promise<void>;
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveProject(mode: 'save' | 'save-as'): Promise<void>;
}

export type WizardStore = ReturnType<typeof createWizardStore>;

export function createWizardStore() {
  let started = false;

  return createStore<WizardState>()((set, get) => {
    const showError = (error: AppError) => set({ alert: error });
    const load = (document: ProjectDocument, { saved = document.project, held = false }: { saved?: Project | null; held?: boolean } = {}) =>
      set({ project: document.project, path: document.path, dirty: !sameProject(document.project, saved), saved, restoreOffer: null, autosaveHeld: held, documentLoads: get().documentLoads + 1 });
    const clearMessages = () => set({ alert: null, status: null });
    const loadNew = async () => {
      const created = await window.s2s.newProject();
      if (created.ok) load(created.value, { held: true });
      else showError(created.error);
      return created.ok;
    };

    return {
      project: null,
      path: null,
      dirty: false,
      saved: null,
      restoreOffer: null,
      autosaveHeld: false,
      step: 'topology',
      alert: null,
      status: null,
      documentLoads: 0,

      goTo: (step) => set({ step }),
      edit: (patch) =>
        set((state) => {
          if (state.project === null) return state;
          const project = { ...state.project, ...patch };
          return { project, dirty: !sameProject(project, state.saved), autosaveHeld: false };
        }),
      showError,
      dismissAlert: () => set({ alert: null }),

      start: async () => {
        if (started) return;
        started = true;
        const restored = await window.s2s.readAutosave();
        if (restored.ok && restored.value) return set({ restoreOffer: restored.value });
        if (!restored.ok) showError(restored.error);
        await loadNew();
      },

      restoreAutosave: () => {
        const offer = get().restoreOffer;
        if (offer !== null) load(offer, { saved: offer.saved });
      },

      // The new project is held: the autosave keeps the declined work until the user changes something.
      declineAutosave: async () => {
        await loadNew();
      },

      openRecentProject: async (id) => {
        clearMessages();
        const opened = await window.s2s.openRecentProject(id);
        if (!opened.ok) return showError(opened.error);
        load(opened.value);
        set({ status: { key: 'status.opened', params: { path: opened.value.path ?? '' } } });
      },

      newProject: async () => {
        clearMessages();
        if (await loadNew()) set({ status: { key: 'status.new' } });
      },

      openProject: async () => {
        clearMessages();
        const opened = await window.s2s.openProject();
        if (!opened.ok) return showError(opened.error);
        if (opened.value === null) return;
        load(opened.value);
        set({ status: { key: 'status.opened', params: { path: opened.value.path ?? '' } } });
      },

      saveProject: async (mode) => {
        const project = get().project;
        if (project === null) return;
        clearMessages();
        const saved = await window.s2s.saveProject(project, mode);
        if (!saved.ok) return showError(saved.error);
        if (saved.value === null) return;
        // Edits made while the file was being written are still unsaved; else the project is as written (Save As may rebase its paths).
        const edited = get().project !== project;
        set({ path: saved.value.path, dirty: edited, ...(edited ? {} : { project: saved.value.project }), saved: saved.value.project, autosaveHeld: false, status: { key: 'status.saved', params: { path: saved.value.path } } });
      },
    };
  });
}
