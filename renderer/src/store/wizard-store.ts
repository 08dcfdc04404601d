/** The wizard's state: the project being edited, the file it belongs to, the current step and the messages shown. */
import { createStore } from 'zustand/vanilla';
import type { Project } from '../../../electron/core/model/project';
import type { AppError } from '../../../electron/core/result';
import type { ProjectDocument } from '../../../electron/shared/ipc-contract';
import { t } from '../i18n';
import type { StepId } from '../steps/steps';

export interface WizardState {
  /** Null until the autosaved or a new project has been loaded. */
  project: Project | null;
  path: string | null;
  /** Changed since the last new, open or save. */
  dirty: boolean;
  step: StepId;
  /** The last error the backend returned, shown until dismissed or the next file command. */
  alert: string | null;
  status: string | null;

  goTo(step: StepId): void;
  edit(patch: Partial<Project>): void;
  showError(error: AppError): void;
  dismissAlert(): void;
  /** Loads the autosaved work, or starts a new project; runs once per store. */
  start(): Promise<void>;
  newProject(): Promise<void>;
  openProject(): Promise<void>;
  saveProject(mode: 'save' | 'save-as'): Promise<void>;
}

export type WizardStore = ReturnType<typeof createWizardStore>;

export function createWizardStore() {
  let started = false;

  return createStore<WizardState>()((set, get) => {
    const showError = (error: AppError) => set({ alert: error.message });
    const load = (document: ProjectDocument) => set({ project: document.project, path: document.path, dirty: false });
    const clearMessages = () => set({ alert: null, status: null });
    const loadNew = async () => {
      const created = await window.s2s.newProject();
      if (created.ok) load(created.value);
      else showError(created.error);
      return created.ok;
    };

    return {
      project: null,
      path: null,
      dirty: false,
      step: 'topology',
      alert: null,
      status: null,

      goTo: (step) => set({ step }),
      edit: (patch) => set((state) => (state.project ? { project: { ...state.project, ...patch }, dirty: true } : state)),
      showError,
      dismissAlert: () => set({ alert: null }),

      start: async () => {
        if (started) return;
        started = true;
        const restored = await window.s2s.readAutosave();
        if (restored.ok && restored.value) return load(restored.value);
        if (!restored.ok) showError(restored.error);
        await loadNew();
      },

      newProject: async () => {
        clearMessages();
        if (await loadNew()) set({ status: t('status.new') });
      },

      openProject: async () => {
        clearMessages();
        const opened = await window.s2s.openProject();
        if (!opened.ok) return showError(opened.error);
        if (opened.value === null) return;
        load(opened.value);
        set({ status: t('status.opened', { path: opened.value.path ?? '' }) });
      },

      saveProject: async (mode) => {
        const project = get().project;
        if (project === null) return;
        clearMessages();
        const saved = await window.s2s.saveProject(project, mode);
        if (!saved.ok) return showError(saved.error);
        if (saved.value === null) return;
        // Edits made while the file was being written are still unsaved.
        set({ path: saved.value.path, dirty: get().project !== project, status: t('status.saved', { path: saved.value.path }) });
      },
    };
  });
}
