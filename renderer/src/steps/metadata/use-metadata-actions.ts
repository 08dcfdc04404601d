import { useStore } from 'zustand';
import type { MetadataRole } from '../../../../electron/core/metadata/well-known-services';
import type { Project } from '../../../../electron/core/model/project';
import { runOf } from '../../components/operation-run';
import { dropLimits, readDroppedFile } from '../../components/read-dropped-file';
import { useWizard } from '../../store/wizard-store-context';
import { metadataStepStore, type MetadataStepState } from './metadata-step-store';

const savedFileField = { lync: 'lyncMetadataFile', exchange: 'exchangeMetadataFile' } as const;

export function useMetadataStep<T>(selector: (state: MetadataStepState) => T): T {
  return useStore(metadataStepStore, selector);
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
    setSide(side, runOf(result));
  };

  const probeTrust = async (project: Project) => {
    const operationId = crypto.randomUUID();
    setTrust({ status: 'running', operationId });
    const result = await window.s2s.probeExchangeTrust(operationId, project);
    const current = metadataStepStore.getState().trust;
    if (current.status !== 'running' || current.operationId !== operationId) return;
    setTrust(runOf(result));
  };

  const cancel = async (operationId: string) => {
    await window.s2s.cancelMetadata(operationId);
  };

  // The file actions answer main's result for the panel's OperationStatus, after keeping a success.

  const importFile = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.importMetadata(side, project);
    if (!result.ok || result.value === null) return result;
    setSide(side, { status: 'done', result: result.value.report });
    // The file the user picked for this side becomes its saved copy (what an offline check reads).
    if (result.value.report.document !== null) edit({ [savedFileField[side]]: result.value.path });
    return result;
  };

  /** A dropped document: checked like a picked one, but the project cannot record where it lives. */
  const dropFile = async (side: MetadataRole, project: Project, file: File) => {
    const result = await window.s2s.dropMetadata(side, project, await readDroppedFile(file, dropLimits.metadata));
    if (result.ok) setSide(side, { status: 'done', result: result.value });
    return result;
  };

  const checkText = async (side: MetadataRole, project: Project, text: string) => {
    const result = await window.s2s.checkMetadataText(side, project, text);
    if (!result.ok) return showError(result.error);
    setSide(side, { status: 'done', result: result.value });
  };

  const checkSaved = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.loadSavedMetadata(side, project);
    if (result.ok && result.value !== null) setSide(side, { status: 'done', result: result.value });
    return result;
  };

  /** Saves the document into the project folder and records it. */
  const save = async (side: MetadataRole, text: string) => {
    const result = await window.s2s.saveMetadata(side, text);
    if (result.ok) edit({ [savedFileField[side]]: result.value.path });
    return result;
  };

  /** Records a CA file now in the project folder, and fetches again with it (the fetch shows its own progress). */
  const trustAndFetch = (side: MetadataRole, project: Project, path: string) => {
    const next = { ...project, trustedCaFiles: project.trustedCaFiles.includes(path) ? project.trustedCaFiles : [...project.trustedCaFiles, path] };
    edit({ trustedCaFiles: next.trustedCaFiles });
    void fetchSide(side, next);
  };

  /** Keeps a CA the endpoint presented in the project folder, then fetches again with it. */
  const trustCa = async (side: MetadataRole, project: Project, derBase64: string) => {
    const result = await window.s2s.trustPresentedCa(derBase64);
    if (result.ok) trustAndFetch(side, project, result.value.path);
    return result;
  };

  /** Adds a CA file the user picks (the Certificates step's dialog), then fetches again. */
  const addCaFile = async (side: MetadataRole, project: Project) => {
    const result = await window.s2s.pickTrustedCa();
    if (result.ok && result.value !== null) trustAndFetch(side, project, result.value.path);
    return result;
  };

  /** Pins the certificate the endpoint presented (by its SHA-256), then fetches again. */
  const pin = async (side: MetadataRole, project: Project, endpoint: string, sha256: string) => {
    const next = { ...project, tlsPins: { ...project.tlsPins, [endpoint]: sha256 } };
    edit({ tlsPins: next.tlsPins });
    await fetchSide(side, next);
  };

  return { fetchSide, probeTrust, cancel, importFile, dropFile, checkText, checkSaved, save, trustCa, addCaFile, pin };
}
