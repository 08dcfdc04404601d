import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { Result } from '../../../../electron/core/result';
import type { CertificateCard, CertificateSlot } from '../../../../electron/shared/channels/certificate-channels';
import type { Run } from '../../components/operation-run';
import { dropLimits, readDroppedFile } from '../../components/read-dropped-file';
import { useOperation } from '../../components/use-operation';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useWizard } from '../../store/wizard-store-context';

export interface CertificateSlotState {
  card: CertificateCard | null;
  /** Main reading and checking the slot's file (picked, dropped, named by the project, or opened with its password). */
  run: Run<CertificateCard | null>;
  pick(): Promise<void>;
  drop(file: File): Promise<void>;
  submitPassword(password: string): Promise<void>;
  forget(): Promise<void>;
}

/**
 * One certificate slot: main holds the file (and any password); this keeps the card it answers with, and keeps the
 * project's `certificates.<slot>` in step. The card is checked again when the recorded file or the SIP domain changes.
 */
export function useCertificateSlot(slot: CertificateSlot, project: Project): CertificateSlotState {
  const edit = useWizard((state) => state.edit);
  const showError = useWizard((state) => state.showError);
  // Main resolves the recorded path against the project file it knows; a change of file reads the slot again.
  const projectFile = useWizard((state) => state.path);
  const [card, setCard] = useState<CertificateCard | null>(null);
  const { run, start } = useOperation<CertificateCard | null>();
  const latest = useRef(project);
  useEffect(() => {
    latest.current = project;
  });
  const recorded = project.certificates[slot];
  const sipDomain = useDebouncedValue(project.sipDomain, 300);

  useEffect(() => {
    let current = true;
    void start(() => window.s2s.loadCertificate(slot, latest.current)).then((result) => {
      if (current && result?.ok) setCard(result.value);
    });
    return () => {
      current = false;
    };
  }, [slot, recorded, sipDomain, projectFile, start]);

  const record = (path: string | null) => {
    const certificates = latest.current.certificates;
    if (certificates[slot] !== path) edit({ certificates: { ...certificates, [slot]: path } });
  };
  /** Runs the read in main (OperationStatus shows it, and why it failed); answers the new card. */
  const read = async (work: () => Promise<Result<CertificateCard | null>>): Promise<CertificateCard | null> => {
    const result = await start(work);
    if (!result?.ok || result.value === null) return null;
    setCard(result.value);
    return result.value;
  };

  return {
    card,
    run,
    pick: async () => {
      const picked = await read(() => window.s2s.pickCertificate(slot, latest.current));
      if (picked) record(picked.projectPath);
    },
    drop: async (file) => {
      const dropped = await read(async () => window.s2s.dropCertificate(slot, latest.current, await readDroppedFile(file, dropLimits.certificate)));
      if (dropped) record(null);
    },
    submitPassword: async (password) => {
      await read(() => window.s2s.submitCertificatePassword(slot, latest.current, password));
    },
    forget: async () => {
      const result = await window.s2s.forgetCertificate(slot);
      if (!result.ok) return showError(result.error);
      setCard(null);
      record(null);
    },
  };
}
