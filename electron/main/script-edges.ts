/** The edges the script-bundle handlers need in the app: the folder and save dialogs of the export, file writes. */
import type { BrowserWindow, Dialog } from 'electron';
import * as fs from 'node:fs/promises';
import type { ScriptHandlerDeps } from './ipc/handlers/script-handlers.js';

export function scriptEdges(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>, window: () => BrowserWindow | null): Pick<ScriptHandlerDeps, 'bundleFs' | 'chooseBundleFolder' | 'chooseBundleZip'> {
  return {
    bundleFs: { mkdir: (path, options) => fs.mkdir(path, options), writeFile: (path, data) => fs.writeFile(path, data) },
    chooseBundleFolder: async () => {
      const options = { title: 'Export the script bundle to a folder', buttonLabel: 'Export here', properties: ['openDirectory' as const, 'createDirectory' as const] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseBundleZip: async (suggestedName) => {
      const options = { title: 'Export the script bundle as a zip file', defaultPath: suggestedName, filters: [{ name: 'Zip archive', extensions: ['zip'] }] };
      const owner = window();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
  };
}
