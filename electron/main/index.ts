/** The Electron main process: lifecycle, the app:// protocol, the window, the menu, IPC. Glue only. */
import { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import * as nodePath from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveAppFile } from './app-protocol.js';
import { certificateEdges } from './certificate-edges.js';
import { metadataEdges } from './metadata-edges.js';
import { scriptEdges } from './script-edges.js';
import { evidenceEdges } from './evidence-edges.js';
import { createDispatch } from './ipc/dispatch.js';
import { createHandlers } from './ipc/handlers/index.js';
import { registerIpc } from './ipc/register.js';
import { buildMenu } from './menu.js';
import { guardClose, type CloseGuardDeps } from './close-guard.js';
import { createRecentProjects } from './ipc/recent-projects-store.js';
import { createUnsavedWork } from './ipc/unsaved-work.js';
import { appOrigin, appScheme, denyPermissions, guardNavigation, originOf } from './security.js';
import { mainWindowOptions } from './window-options.js';

const here = import.meta.dirname;
const rendererDir = join(here, '../renderer');
// electron-vite sets this while `npm run dev` serves the renderer; a packaged app never uses it.
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
const trustedOrigin = (devServerUrl && originOf(devServerUrl)) || appOrigin;

protocol.registerSchemesAsPrivileged([{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let mainWindow: BrowserWindow | null = null;

function createWindow(closeGuard: CloseGuardDeps): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(join(here, '../preload/index.cjs'), join(here, '../../assets/icon.png')));
  guardClose(window, closeGuard);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`);
  return window;
}

const projectFilters = [{ name: 's2s-wizard project', extensions: ['json'] }];

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  // Every web contents the app ever creates, the main window's included, gets the navigation guards.
  app.on('web-contents-created', (_event, contents) => guardNavigation(contents, trustedOrigin));

  void app.whenReady().then(() => {
    protocol.handle(appScheme, (request) => {
      const file = resolveAppFile(request.url, rendererDir);
      return file ? net.fetch(pathToFileURL(file).toString()) : new Response('Not found', { status: 404 });
    });
    denyPermissions(session.defaultSession);

    const unsavedWork = createUnsavedWork();
    const handlers = createHandlers({
      appInfo: { name: app.getName(), version: app.getVersion() },
      fs,
      now: () => new Date(),
      autosaveFile: join(app.getPath('userData'), 'autosave.s2s.json'),
      chooseProjectToOpen: async () => {
        const options = { title: 'Open project', filters: projectFilters, properties: ['openFile' as const] };
        const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      },
      recentProjects: createRecentProjects({ fs, file: join(app.getPath('userData'), 'recent-projects.json'), now: () => new Date(), pathApi: nodePath }),
      unsavedWork,
      chooseProjectToSave: async (suggestedName) => {
        const options = { title: 'Save project', defaultPath: suggestedName, filters: projectFilters };
        const result = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
        return result.canceled || !result.filePath ? null : result.filePath;
      },
      ...certificateEdges(dialog, clipboard, () => mainWindow),
      ...scriptEdges(dialog, () => mainWindow),
      ...metadataEdges(dialog, () => mainWindow),
      ...evidenceEdges(dialog, BrowserWindow, () => mainWindow),
      openExternal: (url) => shell.openExternal(url),
      showItemInFolder: (path) => shell.showItemInFolder(path),
    });
    registerIpc(ipcMain, createDispatch(handlers), trustedOrigin);
    Menu.setApplicationMenu(buildMenu(Menu, app.isPackaged));
    const closeGuard: CloseGuardDeps = {
      unsavedWork,
      save: (project) => handlers['project:save'](project, 'save'),
      autosave: (project) => handlers['autosave:write'](project),
    };
    mainWindow = createWindow(closeGuard);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createWindow(closeGuard);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
