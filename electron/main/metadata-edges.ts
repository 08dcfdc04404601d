/** The edges the Metadata step's handlers need in the app: https, the Open dialog, the project folder's files. */
import type { BrowserWindow, Dialog } from 'electron';
import * as fs from 'node:fs/promises';
import { request } from 'node:https';
import { performance } from 'node:perf_hooks';
import { createSecureContext } from 'node:tls';
import type { MetadataHandlerDeps } from './ipc/handlers/metadata-handlers.js';

const titles = { lync: "Choose a saved copy of Lync's metadata document", exchange: "Choose a saved copy of Exchange's metadata document" } as const;

export function metadataEdges(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  window: () => BrowserWindow | null,
): Pick<MetadataHandlerDeps, 'httpsRequest' | 'monotonicNow' | 'createSecureContext' | 'metadataFs' | 'writeTextFile' | 'chooseMetadataFile'> {
  return {
    httpsRequest: request,
    monotonicNow: () => performance.now(),
    createSecureContext,
    metadataFs: fs,
    writeTextFile: (path, text) => fs.writeFile(path, text, 'utf8'),
    chooseMetadataFile: async (side) => {
      const options = { title: titles[side], filters: [{ name: 'Metadata documents (JSON)', extensions: ['json', 'txt'] }, { name: 'All files', extensions: ['*'] }], properties: ['openFile' as const] };
      const owner = window();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
