import { useStore } from 'zustand';
import type { MetadataRole } from '../../../../electron/core/metadata/well-known-services';
import type { Project } from '../../../../electron/core/model/project';
import type { AppError } from '../../../../electron/core/result';
import { useWizard } from '../../store/wizard-store-context';
import { metadataStepStore, type MetadataStepState } from './metadata-step-store';

const savedFileField = { lync: 'lyncMetadataFile', exchange: 'exchangeMetadataFile' } as const;

export function useMetadataStep<T>(selector: (state: MetadataStepState) => T): T {
  return useStore(metadataStepStore, selector);
}

function failed(error: AppError) {
  return error.code === 'net.aborted' ? ({ status: 'cancelled' } as const) : ({ status: 'failed', message: error.message } as const);
}

/** The Metadata step's actions: each runs in main through window.s2s and lands in the step's store. */
export function useMetadataActions() {
  const edit = useWizard((state) => state.edit);
  const showError = useWizard((state) => state.showError);
  const { setSide, setTrust } = metadataStepStore.getState();

  const fetchSide = async (side: MetadataRole, project: Project) => {
    const operationId = crypto.randomUUID();
    setSide(side, { status: 'running', operationId });
    const result = await window.s2s.fetchMetadata(operationId, side, project);
    const current = metadataStepStore.getState().sides[side];
    if (current.status !== 'running' || current.operationId !== operationId) return;
    setSide(side, result.ok ? { status: 'done', result: result.value } : failed(result.error));
  };

  const probeTrust = async (project: Project) => {
    const operationId = crypto.randomUUID();
    setTrust({ status: 'running', operationId });
    const result = await window.s2s.probeExchangeTrust(operationId, project);
    const current = metadataStepStore.getState().trust;
    if (current.status !== 'running' || current.operationId !== operationId) return;
    setTrust(result.ok ? { status: 'done', result: result.value } : failed(result.error));
  };

  const cancel = async (operationId: string) => {
    await window.s2s.cancelMetadata(operationId);
  };

  const importFile = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.importMetadata(side, project);
    if (!result.ok) return showError(result.error);
    if (result.value === null) return;
    setSide(side, { status: 'done', result: result.value.report });
    // The file the user picked for this side becomes its saved copy (what an offline check reads).
    if (result.value.path !== null && result.value.report.document !== null) edit({ [savedFileField[side]]: result.value.path });
  };

  const checkText = async (side: MetadataRole, project: Project, text: string) => {
    const result = await window.s2s.checkMetadataText(side, project, text);
    if (!result.ok) return showError(result.error);
    setSide(side, { status: 'done', result: result.value });
  };

  const checkSaved = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.loadSavedMetadata(side, project);
    if (!result.ok) return showError(result.error);
    if (result.value !== null) setSide(side, { status: 'done', result: result.value });
  };

  /** Saves the document into the project folder and records it; returns the path, or null when it failed. */
  const save = async (side: MetadataRole, text: string): Promise<string | null> => {
    const result = await window.s2s.saveMetadata(side, text);
    if (!result.ok) {
      showError(result.error);
      return null;
    }
    edit({ [savedFileField[side]]: result.value.path });
    return result.value.path;
  };

  /** Trusts a CA the endpoint presented, then fetches again with it. */
  const trustCa = async (side: MetadataRole, project: Project, derBase64: string) => {
    const result = await window.s2s.trustPresentedCa(derBase64);
    if (!result.ok) return showError(result.error);
    const next = { ...project, trustedCaFiles: project.trustedCaFiles.includes(result.value.path) ? project.trustedCaFiles : [...project.trustedCaFiles, result.value.path] };
    edit({ trustedCaFiles: next.trustedCaFiles });
    await fetchSide(side, next);
  };

  /** Adds a CA file the user picks (the Certificates step's dialog), then fetches again. */
  const addCaFile = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.pickTrustedCa();
    if (!result.ok) return showError(result.error);
    if (result.value === null) return;
    const next = { ...project, trustedCaFiles: project.trustedCaFiles.includes(result.value.path) ? project.trustedCaFiles : [...project.trustedCaFiles, result.value.path] };
    edit({ trustedCaFiles: next.trustedCaFiles });
    await fetchSide(side, next);
  };

  /** Pins the certificate the endpoint presented (by its SHA-256), then fetches again. */
  const pin = async (side: MetadataRole, project: Project, endpoint: string, sha256: string) => {
    const next = { ...project, tlsPins: { ...project.tlsPins, [endpoint]: sha256 } };
    edit({ tlsPins: next.tlsPins });
    await fetchSide(side, next);
  };

  return { fetchSide, probeTrust, cancel, importFile, checkText, checkSaved, save, trustCa, addCaFile, pin };
}
