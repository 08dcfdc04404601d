/**
 * Handlers of the Verify step: thin glue to core/diagnose and core/state. Main reads the files the user picks in
 * native dialogs, resolves the project's state files against the project file it knows, and remembers the last
 * test result and the imported state for the evidence report.
 */
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { decodeWindowsText } from '../../../core/decode-windows-text.js';
import { diagnoseContextOf } from '../../../core/diagnose/diagnose-context.js';
import { diagnoseText } from '../../../core/diagnose/diagnose.js';
import { testCommands } from '../../../core/diagnose/test-commands.js';
import type { Project } from '../../../core/model/project.js';
import { verifyOutputFile } from '../../../core/powershell/verify.js';
import { fail, ok, type Result } from '../../../core/result.js';
import { importStateFile, type StateImport, type StateSide } from '../../../core/state/import-state.js';
import { thumbprintsInUse } from '../../../core/state/state-thumbprints.js';
import type { ImportedServerState, TestResult, VerifyChannels } from '../../../shared/channels/verify-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { EvidenceSession } from '../evidence-session.js';
import type { ProjectSession } from '../project-session.js';

export interface VerifyHandlerDeps {
  now: () => Date;
  /** Reads a whole file (`fs.readFile`). */
  readBinaryFile(path: string): Promise<Uint8Array>;
  /** The native Open dialogs; null when the user cancels. */
  chooseTestOutputFile(): Promise<string | null>;
  chooseStateFile(side: StateSide): Promise<string | null>;
}

/** Console output of the test is a few kilobytes; a larger file is something else. */
const maxOutputBytes = 16 * 1024 * 1024;
const stateField = { exchange: 'exchangeStateFile', lync: 'lyncStateFile' } as const;

function readWhy(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
}

export function createVerifyHandlers(deps: VerifyHandlerDeps, project: ProjectSession, evidence: EvidenceSession): HandlersOf<VerifyChannels> {
  const folder = () => (project.path === null ? null : dirname(project.path));

  function remember(result: TestResult, output: string, subject: Project): TestResult {
    const commands = testCommands(subject);
    evidence.test = { result, output, commands: commands.ok ? commands.value.map((c) => c.command) : [] };
    return result;
  }

  function diagnosed(subject: Project, text: string, source: string, encoding: Parameters<typeof diagnoseText>[2]): TestResult {
    const result = { source, receivedAt: deps.now().toISOString(), diagnosis: diagnoseText(text, diagnoseContextOf(subject), encoding) };
    return remember(result, text, subject);
  }

  function shown(imported: StateImport, projectPath: string): ImportedServerState {
    evidence.state[imported.side] = imported;
    const exchange = evidence.state.exchange?.imported;
    const lync = evidence.state.lync?.imported;
    return {
      side: imported.side,
      projectPath,
      server: imported.server,
      collectedAt: imported.collectedAt,
      findings: imported.findings,
      thumbprints: thumbprintsInUse(exchange?.side === 'exchange' ? exchange.state : null, lync?.side === 'lync' ? lync.state : null),
    };
  }

  async function importState(subject: Project, side: StateSide, path: string, projectPath: string): Promise<Result<ImportedServerState>> {
    const imported = await importStateFile({ readFile: deps.readBinaryFile }, path, projectPath, side, diagnoseContextOf(subject), deps.now());
    return imported.ok ? ok(shown(imported.value, projectPath)) : imported;
  }

  return {
    'verify:plan': async (subject) => {
      const commands = testCommands(subject);
      return commands.ok ? ok({ commands: commands.value, outputFile: verifyOutputFile }) : commands;
    },
    'verify:diagnose-pasted': async (subject, text) => ok(diagnosed(subject, text, 'pasted', null)),
    'verify:last': async () => ok(evidence.test?.result ?? null),
    'verify:import-output': async (subject) => {
      const path = await deps.chooseTestOutputFile();
      if (path === null) return ok(null);
      const name = basename(path);
      let bytes: Uint8Array;
      try {
        bytes = await deps.readBinaryFile(path);
      } catch (e) {
        return fail('verify.unreadable', `Cannot read ${path}: ${readWhy(e)}.`, path);
      }
      if (bytes.length > maxOutputBytes) return fail('verify.too-large', `${name} is ${bytes.length} bytes; the output of the test is a few kilobytes. Is it the right file (${verifyOutputFile})?`, path);
      const decoded = decodeWindowsText(bytes, name);
      if (!decoded.ok) return decoded;
      return ok(diagnosed(subject, decoded.value.text, name, decoded.value.encoding));
    },
    'state:import': async (subject, side) => {
      const path = await deps.chooseStateFile(side);
      if (path === null) return ok(null);
      const base = folder();
      return importState(subject, side, path, base === null ? path : relative(base, path));
    },
    'state:load': async (subject) => {
      const loaded: ImportedServerState[] = [];
      for (const side of ['exchange', 'lync'] as const) {
        const field = stateField[side];
        const recorded = subject[field];
        if (recorded === null) continue;
        const base = folder();
        if (!isAbsolute(recorded) && base === null) {
          return fail('state-file.project-unsaved', `${field}: ${recorded} is relative to the project file, and this project has not been saved yet. Save the project, or import the file again.`, field);
        }
        const imported = await importState(subject, side, isAbsolute(recorded) ? recorded : resolve(base as string, recorded), recorded);
        if (!imported.ok) return fail(imported.error.code, `${field}: ${imported.error.message}`, field);
        loaded.push(imported.value);
      }
      return ok(loaded);
    },
  };
}
