/**
 * Handlers of the script bundle: thin glue to core/powershell, with the native folder and save dialogs as edges.
 * The Exchange Auth certificate is the one the Certificates step holds (read there with any PFX password), else
 * the file the project names, read only as the session grants (session-paths.ts). An export records in the
 * session the files it wrote, with the SHA-256 of their bytes, for the evidence report.
 */
import { createHash } from 'node:crypto';
import { basename, dirname } from 'node:path';
import { generateBundle, type Bundle } from '../../../core/powershell/bundle.js';
import { readExchangeAuthCertificate } from '../../../core/powershell/exchange-auth-input.js';
import { encodeBundleFile } from '../../../core/powershell/encode-file.js';
import type { BundleFile } from '../../../core/powershell/script-model.js';
import { bundleZip, writeBundleToFolder, type BundleFs } from '../../../core/powershell/write-bundle.js';
import type { Project } from '../../../core/model/project.js';
import { msg } from '../../../core/message-catalogue.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { AppInfo } from '../../../shared/channels/project-channels.js';
import type { ScriptChannels } from '../../../shared/channels/script-channels.js';
import type { ReportFile } from '../../../core/report/report-input.js';
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';
import { projectFileReader } from '../session-paths.js';

export interface ScriptHandlerDeps {
  appInfo: AppInfo;
  now: () => Date;
  readBinaryFile(path: string): Promise<Uint8Array>;
  bundleFs: BundleFs;
  /** The native dialogs; null when the user cancels. */
  chooseBundleFolder(): Promise<string | null>;
  chooseBundleZip(suggestedName: string): Promise<string | null>;
  writeClipboard(text: string): void;
}

/** Each file as written (BOM and CRLF), with the SHA-256 of those bytes. */
function writtenFiles(files: readonly BundleFile[]): ReportFile[] {
  return files.map((file) => {
    const bytes = encodeBundleFile(file.text);
    return { path: file.path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  });
}

export function createScriptHandlers(deps: ScriptHandlerDeps, session: ProjectSession): HandlersOf<ScriptChannels> {
  async function generate(project: Project): Promise<Result<Bundle>> {
    const projectFile = session.path;
    const certificate = await readExchangeAuthCertificate(project, {
      readFile: projectFileReader(session, project, deps.readBinaryFile),
      // Read from disk, a password-protected PFX is not needed: the script carries only the public certificate.
      password: null,
      held: session.certificates.comparedFor(project, 'exchangeAuth', deps.now()),
    });
    if (!certificate.ok) return certificate;
    return generateBundle({ project, projectFileName: projectFile === null ? null : basename(projectFile), toolVersion: deps.appInfo.version, now: deps.now(), exchangeAuthCertificate: certificate.value });
  }

  return {
    'scripts:generate': async (project) => generate(project),
    'scripts:export-folder': async (project) => {
      // Generate first: a project that cannot be scripted never opens a dialog, let alone writes.
      const bundle = await generate(project);
      if (!bundle.ok) return bundle;
      const folder = await deps.chooseBundleFolder();
      if (folder === null) return ok(null);
      const written = await writeBundleToFolder(deps.bundleFs, folder, bundle.value.files);
      if (!written.ok) return written;
      session.exported = writtenFiles(bundle.value.files);
      session.written.bundle = folder;
      return ok({ location: folder, files: bundle.value.files.map((f) => f.path) });
    },
    'scripts:export-zip': async (project) => {
      const bundle = await generate(project);
      if (!bundle.ok) return bundle;
      const chosen = await deps.chooseBundleZip(`s2s-bundle-${project.sipDomain || 'project'}.zip`);
      if (chosen === null) return ok(null);
      const path = chosen.toLowerCase().endsWith('.zip') ? chosen : `${chosen}.zip`;
      try {
        await deps.bundleFs.mkdir(dirname(path), { recursive: true });
        await deps.bundleFs.writeFile(path, bundleZip(bundle.value.files, deps.now()));
      } catch (e) {
        return fail('bundle.write-failed', msg('error.bundle.write-failed', { path, error: (e as Error).message }), path);
      }
      session.exported = writtenFiles(bundle.value.files);
      session.written.bundle = path;
      return ok({ location: path, files: bundle.value.files.map((f) => f.path) });
    },
    'scripts:copy': async (text) => {
      deps.writeClipboard(text);
      return ok(null);
    },
  };
}
