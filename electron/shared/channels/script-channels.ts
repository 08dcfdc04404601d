/** Channels of the script bundle: the "Exchange trusts Lync" and "Lync trusts Exchange" steps and the export. */
import type { Finding } from '../../core/findings.js';
import type { Project } from '../../core/model/project.js';
import type { BundleFile } from '../../core/powershell/script-model.js';

export type GeneratedFile = BundleFile;

export interface GeneratedBundle {
  /** Every file with its text (\n line ends; the export writes the BOM and CRLF) and, for scripts, its blocks. */
  files: GeneratedFile[];
  findings: Finding[];
}

export interface ExportedBundle {
  /** The folder or the zip file written. */
  location: string;
  /** The bundle's files, paths relative to the folder or the zip. */
  files: string[];
}

export interface ScriptChannels {
  /**
   * Generates the bundle; an error names the field that cannot safely enter a script. The project's relative paths
   * resolve against the project file main knows (opened or saved in a native dialog).
   */
  'scripts:generate': { args: [project: Project]; value: GeneratedBundle };
  /** Asks for a folder, then writes the bundle into it; null when the user cancels. */
  'scripts:export-folder': { args: [project: Project]; value: ExportedBundle | null };
  /** Asks where to save a zip, then writes the bundle as one zip file; null when the user cancels. */
  'scripts:export-zip': { args: [project: Project]; value: ExportedBundle | null };
  /** Copies a script or a block to the clipboard: main does it, the renderer has no clipboard permission. */
  'scripts:copy': { args: [text: string]; value: null };
}

export const scriptApiChannels = {
  generateScripts: 'scripts:generate',
  exportScriptsToFolder: 'scripts:export-folder',
  exportScriptsAsZip: 'scripts:export-zip',
  copyScript: 'scripts:copy',
} as const satisfies Record<string, keyof ScriptChannels>;
