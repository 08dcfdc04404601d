import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { AppError, Result } from '../../../../electron/core/result';
import type { CertificateCard, CertificateSlot } from '../../../../electron/shared/channels/certificate-channels';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useWizard } from '../../store/wizard-store-context';

export interface CertificateSlotState {
  card: CertificateCard | null;
  /** The file being read, while main reads and checks it. */
  reading: string | null;
  pick(): Promise<void>;
  drop(file: File): Promise<void>;
  submitPassword(password: string): Promise<void>;
  forget(): Promise<void>;
}

function toBase64(bytes: ArrayBuffer): string {
  let binary = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) binary += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(binary);
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
  const [reading, setReading] = useState<string | null>(null);
  const latest = useRef(project);
  useEffect(() => {
    latest.current = project;
  });
  const recorded = project.certificates[slot];
  const sipDomain = useDebouncedValue(project.sipDomain, 300);

  useEffect(() => {
    let current = true;
    void window.s2s.loadCertificate(slot, latest.current).then((result) => {
      if (!current) return;
      if (result.ok) setCard(result.value);
      else showError(result.error);
    });
    return () => {
      current = false;
    };
  }, [slot, recorded, sipDomain, projectFile, showError]);

  const record = (path: string | null) => {
    const certificates = latest.current.certificates;
    if (certificates[slot] !== path) edit({ certificates: { ...certificates, [slot]: path } });
  };
  const accept = (result: Result<CertificateCard | null>, onError: (error: AppError) => void = showError): CertificateCard | null => {
    if (!result.ok) {
      onError(result.error);
      return null;
    }
    if (result.value) setCard(result.value);
    return result.value;
  };

  return {
    card,
    reading,
    pick: async () => {
      const picked = accept(await window.s2s.pickCertificate(slot, latest.current));
      if (picked) record(picked.projectPath);
    },
    drop: async (file) => {
      setReading(file.name);
      try {
        const dropped = accept(await window.s2s.dropCertificate(slot, latest.current, file.name, toBase64(await file.arrayBuffer())));
        if (dropped) record(null);
      } finally {
        setReading(null);
      }
    },
    submitPassword: async (password) => {
      accept(await window.s2s.submitCertificatePassword(slot, latest.current, password));
    },
    forget: async () => {
      const result = await window.s2s.forgetCertificate(slot);
      if (!result.ok) return showError(result.error);
      setCard(null);
      record(null);
    },
  };
}
