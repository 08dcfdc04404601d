/**
 * The real IPC handlers behind the real dispatch, on the real file system, for tests that need the backend
 * (Testing Library tests and the end-to-end bridge). Only the native dialogs are stood in for: the test says
 * which file the "user" picks.
 */
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import * as nodePath from 'node:path';
import { createRecentProjects } from '../../electron/main/ipc/recent-projects-store.js';
import { createUnsavedWork, type UnsavedWork } from '../../electron/main/ipc/unsaved-work.js';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/dispatch.js';
import { createHandlers } from '../../electron/main/ipc/handlers/index.js';
import { createWizardApi } from '../../electron/preload/wizard-api.js';
import type { Channel, WizardApi } from '../../electron/shared/ipc-contract.js';
import * as tls from 'node:tls';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { readBoundedFile } from '../../electron/core/certs/read-bounded-file.js';
import { runtimeRoots, type TlsRootsModule } from '../../electron/core/net/runtime-roots.js';
import { loopbackLookup } from './loopback-https.js';
import { printWithChromium } from './chromium-pdf.js';
import { reportContributionsFrom } from '../../electron/main/evidence-edges.js';

export interface DialogAnswers {
  /** The file the user picks in the Open dialog; null = cancel. */
  open: string | null;
  /** The file the user types in the Save dialog; null = cancel. */
  save: string | null;
  /** The certificate file the user picks in the Certificates step; null = cancel. */
  certificate: string | null;
  /** The CA file the user picks to trust; null = cancel. */
  trustedCa: string | null;
  /** The folder the user picks to export the script bundle into; null = cancel. */
  bundleFolder: string | null;
  /** The zip file the user names to export the script bundle as; null = cancel. */
  bundleZip: string | null;
  /** The saved metadata document the user picks in the Metadata step; null = cancel. */
  metadata: string | null;
  /** The test output file, and the state files, the user picks in the Verify step; the report file they name; null = cancel. */
  testOutput: string | null;
  exchangeState: string | null;
  lyncState: string | null;
  report: string | null;
}

export interface RealBackend {
  dispatch: Dispatch;
  api: WizardApi;
  dialogs: DialogAnswers;
  autosaveFile: string;
  /** The recent-projects list in the data folder, and the unsaved work the renderer last reported. */
  recentProjectsFile: string;
  unsavedWork: UnsavedWork;
  /** Host names the TLS probe resolves to 127.0.0.1 (every other name fails to resolve: no test leaves the machine). */
  loopbackHosts: string[];
  /** What the app copied to the clipboard, in order. */
  clipboard: string[];
  /** The URLs the app handed to the system browser, in order. */
  openedExternally: string[];
  /** The paths the app showed in the system's file manager, in order. */
  shownInFolder: string[];
}

export function createRealBackend(dataDir: string, now: () => Date = () => new Date()): RealBackend {
  const dialogs: DialogAnswers = { open: null, save: null, certificate: null, trustedCa: null, bundleFolder: null, bundleZip: null, metadata: null, testOutput: null, exchangeState: null, lyncState: null, report: null };
  const loopbackHosts: string[] = [];
  const clipboard: string[] = [];
  const openedExternally: string[] = [];
  const shownInFolder: string[] = [];
  const autosaveFile = join(dataDir, 'autosave.s2s.json');
  const recentProjectsFile = join(dataDir, 'recent-projects.json');
  const unsavedWork = createUnsavedWork();
  const handlers = createHandlers({
    appInfo: { name: 's2s-wizard', version: 'test' },
    fs,
    now,
    autosaveFile,
    chooseProjectToOpen: async () => dialogs.open,
    chooseProjectToSave: async () => dialogs.save,
    recentProjects: createRecentProjects({ fs, file: recentProjectsFile, now, pathApi: nodePath }),
    unsavedWork,
    readBinaryFile: (path) => readBoundedFile(fs, path),
    chooseCertificateFile: async () => dialogs.certificate,
    chooseTrustedCaFile: async () => dialogs.trustedCa,
    tlsConnect: tls.connect,
    tlsLookup: (hostname, options, callback) => loopbackLookup(loopbackHosts)(hostname, options, callback),
    tlsRoots: runtimeRoots(tls as unknown as TlsRootsModule),
    writeClipboard: (text) => void clipboard.push(text),
    bundleFs: { mkdir: (path, options) => fs.mkdir(path, options), writeFile: (path, data) => fs.writeFile(path, data) },
    chooseBundleFolder: async () => dialogs.bundleFolder,
    chooseBundleZip: async () => dialogs.bundleZip,
    httpsRequest,
    monotonicNow: () => performance.now(),
    createSecureContext: tls.createSecureContext,
    metadataFs: fs,
    writeTextFile: (path, text) => fs.writeFile(path, text, 'utf8'),
    chooseMetadataFile: async () => dialogs.metadata,
    chooseTestOutputFile: async () => dialogs.testOutput,
    chooseStateFile: async (side) => (side === 'exchange' ? dialogs.exchangeState : dialogs.lyncState),
    chooseReportFile: async () => dialogs.report,
    printToPdf: printWithChromium,
    writeReportFile: (path, data) => fs.writeFile(path, data),
    openExternal: async (url) => void openedExternally.push(url),
    showItemInFolder: (path) => void shownInFolder.push(path),
    reportContributions: reportContributionsFrom(async (path) => new Uint8Array(await fs.readFile(path)), now),
  });
  const dispatch = createDispatch(handlers);
  // Arguments cross as JSON, as they do over both real transports (structured clone / exposeFunction).
  const api = createWizardApi((channel: Channel, ...args: unknown[]) => dispatch(channel, JSON.parse(JSON.stringify(args)) as unknown[]));
  return { dispatch, api, dialogs, autosaveFile, recentProjectsFile, unsavedWork, loopbackHosts, clipboard, openedExternally, shownInFolder };
}
