import type { ExportedItem } from '../../../electron/shared/channels/exported-files-channels';
import { t } from '../i18n';
import { useWizard } from '../store/wizard-store-context';

/**
 * "Show in folder" for what was just written: main opens the system's file manager at the place it remembers for
 * the last bundle export or saved report (the renderer never names a path).
 */
export function ShowInFolderButton({ item }: { item: ExportedItem }) {
  const showError = useWizard((state) => state.showError);
  const show = async () => {
    const shown = await window.s2s.showExportedInFolder(item);
    if (!shown.ok) showError(shown.error);
  };
  return (
    <button type="button" className="show-in-folder" onClick={() => void show()}>
      {t(`files.showInFolder.${item}`)}
    </button>
  );
}
