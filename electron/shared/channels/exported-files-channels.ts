/**
 * Channels of what the wizard wrote: "Show in folder" after the script bundle export and after the report is saved.
 * The renderer names only which of the two; main remembers where it wrote them.
 */

/** The script bundle (its folder, or its zip file) or the evidence report. */
export type ExportedItem = 'bundle' | 'report';

export interface ExportedFilesChannels {
  /** Opens the system's file manager at the last bundle exported or report saved in this session, selected. */
  'files:show-exported': { args: [item: ExportedItem]; value: null };
}

export const exportedFilesApiChannels = {
  showExportedInFolder: 'files:show-exported',
} as const satisfies Record<string, keyof ExportedFilesChannels>;
