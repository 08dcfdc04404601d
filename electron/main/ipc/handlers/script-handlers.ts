/** Handlers of the script bundle: thin glue to core/powershell, with the native folder and save dialogs as edges. */
import { dirname, isAbsolute, resolve } from 'node:path';
import { generateBundle, type Bundle } from '../../../core/powershell/bundle.js';
import { readExchangeAuthCertificate } from '../../../core/powershell/exchange-auth-input.js';
import { bundleZip, writeBundleToFolder, type BundleFs } from '../../../core/powershell/write-bundle.js';
import type { Project } from '../../../core/model/project.js';
import { fail, ok, type Result } from '../../../core/result.js';
import type { AppInfo } from '../../../shared/channels/project-channels.js';
import type { ScriptChannels } from '../../../shared/channels/script-channels.js';
import type { HandlersOf } from '../dispatch.js';

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

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}

export function createScriptHandlers(deps: ScriptHandlerDeps): HandlersOf<ScriptChannels> {
  async function generate(project: Project, projectFile: string | null): Promise<Result<Bundle>> {
    const certificate = await readExchangeAuthCertificate(project, {
      readFile: async (path) => {
        if (isAbsolute(path)) return deps.readBinaryFile(path);
        if (projectFile === null) throw new Error('the path is relative to the project file, and the project has not been saved yet; save it first');
        return deps.readBinaryFile(resolve(dirname(projectFile), path));
      },
      // A password-protected PFX is not needed here: the script carries only the public certificate (a .cer).
      password: null,
    });
    if (!certificate.ok) return certificate;
    return generateBundle({ project, projectFileName: projectFile === null ? null : fileNameOf(projectFile), toolVersion: deps.appInfo.version, now: deps.now(), exchangeAuthCertificate: certificate.value });
  }

  return {
    'scripts:generate': async (project, projectFile) => generate(project, projectFile),
    'scripts:export-folder': async (project, projectFile) => {
      // Generate first: a project that cannot be scripted never opens a dialog, let alone writes.
      const bundle = await generate(project, projectFile);
      if (!bundle.ok) return bundle;
      const folder = await deps.chooseBundleFolder();
      if (folder === null) return ok(null);
      const written = await writeBundleToFolder(deps.bundleFs, folder, bundle.value.files);
      return written.ok ? ok({ location: folder, files: bundle.value.files.map((f) => f.path) }) : written;
    },
    'scripts:export-zip': async (project, projectFile) => {
      const bundle = await generate(project, projectFile);
      if (!bundle.ok) return bundle;
      const chosen = await deps.chooseBundleZip(`s2s-bundle-${project.sipDomain || 'project'}.zip`);
      if (chosen === null) return ok(null);
      const path = chosen.toLowerCase().endsWith('.zip') ? chosen : `${chosen}.zip`;
      try {
        await deps.bundleFs.mkdir(dirname(path), { recursive: true });
        await deps.bundleFs.writeFile(path, bundleZip(bundle.value.files, deps.now()));
      } catch (e) {
        return fail('bundle.write-failed', `Cannot write ${path}: ${(e as Error).message}`, path);
      }
      return ok({ location: path, files: bundle.value.files.map((f) => f.path) });
    },
    'scripts:copy': async (text) => {
      deps.writeClipboard(text);
      return ok(null);
    },
  };
}
