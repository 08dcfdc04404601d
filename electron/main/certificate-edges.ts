/** The edges the Certificates step's handlers need in the app: Open dialogs, file reads, TLS and the roots. */
import type { BrowserWindow, Clipboard, Dialog, OpenDialogOptions } from 'electron';
import * as fs from 'node:fs/promises';
import * as tls from 'node:tls';
import { readBoundedFile } from '../core/certs/read-bounded-file.js';
import { runtimeRoots, type TlsRootsModule } from '../core/net/runtime-roots.js';
import type { CertificateHandlerDeps } from './ipc/handlers/certificate-handlers.js';

const certificateFilters = [
  { name: 'Certificates (PFX, CER, PEM)', extensions: ['pfx', 'p12', 'cer', 'crt', 'der', 'pem'] },
  { name: 'All files', extensions: ['*'] },
];
const slotTitles = { oauthIssuer: 'Choose the Lync/SfB OAuthTokenIssuer certificate', exchangeAuth: 'Choose the Exchange Server Auth Certificate' } as const;

export function certificateEdges(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  clipboard: Pick<Clipboard, 'writeText'>,
  window: () => BrowserWindow | null,
): Omit<CertificateHandlerDeps, 'now'> {
  const open = async (options: OpenDialogOptions) => {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    readBinaryFile: (path) => readBoundedFile(fs, path),
    chooseCertificateFile: (slot) => open({ title: slotTitles[slot], filters: certificateFilters, properties: ['openFile'] }),
    chooseTrustedCaFile: () => open({ title: 'Choose a CA certificate to trust', filters: certificateFilters, properties: ['openFile'] }),
    tlsConnect: tls.connect,
    // Electron 45's Node reads the operating system's store too (tls.getCACertificates('system')).
    tlsRoots: runtimeRoots(tls as unknown as TlsRootsModule),
    writeClipboard: (text) => clipboard.writeText(text),
  };
}
