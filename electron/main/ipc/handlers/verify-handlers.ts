/**
 * Handlers of the Verify step: thin glue to core/diagnose and core/state. Main reads the files the user picks in
 * native dialogs, reads the project's state files only as the session grants (session-paths.ts), and remembers the last
 * test result and the imported state for the evidence report.
 */
import { basename } from 'node:path';
import { decodeWindowsText } from '../../../core/decode-windows-text.js';
import { diagnoseContextOf } from '../../../core/diagnose/diagnose-context.js';
import { diagnoseText } from '../../../core/diagnose/diagnose.js';
import { testCommands } from '../../../core/diagnose/test-commands.js';
import type { Project } from '../../../core/model/project.js';
import { verifyOutputFile } from '../../../core/powershell/verify.js';
import { msg } from '../../../core/message-catalogue.js';
import { readReason } from '../../../core/read-reason.js';
import { errorValue, fail, ok, type Result } from '../../../core/result.js';
import { checkStateBytes, importStateFile, type StateImport, type StateSide } from '../../../core/state/import-state.js';
import { thumbprintsInUse } from '../../../core/state/state-thumbprints.js';
import type { ImportedServerState, TestResult, VerifyChannels } from '../../../shared/channels/verify-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { EvidenceSession } from '../evidence-session.js';
import type { ProjectSession } from '../project-session.js';
import { chosenFile, resolveInSession } from '../session-paths.js';

export interface VerifyHandlerDeps {
  now: () => Date;
  /** Reads a whole file (`fs.readFile`). */
  readBinaryFile(path: string): Promise<Uint8Array>;
  /** The native Open dialogs; null when the user cancels. */
  chooseTestOutputFile(): Promise<string | null>;
  chooseStateFile(side: StateSide): Promise<string | null>;
}

/** Console output of the test is a few kilobytes; a larger file is something else. */
export const maxOutputBytes = 16 * 1024 * 1024;
const stateField = { exchange: 'exchangeStateFile', lync: 'lyncStateFile' } as const;

export function createVerifyHandlers(deps: VerifyHandlerDeps, project: ProjectSession, evidence: EvidenceSession): HandlersOf<VerifyChannels> {
  function remember(result: TestResult, output: string, subject: Project): TestResult {
    const commands = testCommands(subject);
    evidence.test = { result, output, commands: commands.ok ? commands.value.map((c) => c.command) : [] };
    return result;
  }

  function diagnosed(subject: Project, text: string, source: string, encoding: Parameters<typeof diagnoseText>[2]): TestResult {
    const result = { source, receivedAt: deps.now().toISOString(), diagnosis: diagnoseText(text, diagnoseContextOf(subject), encoding) };
    return remember(result, text, subject);
  }

  /** The output file of the test, read from disk or dropped: `size` is the whole file's, `where` names it in errors. */
  function diagnosedFile(subject: Project, bytes: Uint8Array, size: number, name: string, where: string): Result<TestResult> {
    if (size > maxOutputBytes) return fail('verify.too-large', msg('error.verify.too-large', { file: name, size, expected: verifyOutputFile }), where);
    const decoded = decodeWindowsText(bytes, name);
    if (!decoded.ok) return decoded;
    return ok(diagnosed(subject, decoded.value.text, name, decoded.value.encoding));
  }

  /** `projectPath` null: a dropped file, which the project cannot record. */
  function shown(imported: StateImport, projectPath: string | null): ImportedServerState {
    evidence.state[imported.side] = imported;
    const exchange = evidence.state.exchange?.imported;
    const lync = evidence.state.lync?.imported;
    return {
      side: imported.side,
      file: imported.file,
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
        return fail('verify.unreadable', msg('error.verify.unreadable', { path, reason: readReason(e) }), path);
      }
      return diagnosedFile(subject, bytes, bytes.length, name, path);
    },
    'verify:drop-output': async (subject, dropped) => diagnosedFile(subject, new Uint8Array(Buffer.from(dropped.base64, 'base64')), dropped.size, dropped.name, dropped.name),
    'state:drop': async (subject, dropped) => {
      const imported = checkStateBytes(new Uint8Array(Buffer.from(dropped.base64, 'base64')), dropped.size, dropped.name, null, diagnoseContextOf(subject), deps.now());
      return imported.ok ? ok(shown(imported.value, null)) : imported;
    },
    'state:import': async (subject, side) => {
      const path = await deps.chooseStateFile(side);
      if (path === null) return ok(null);
      return importState(subject, side, path, chosenFile(project, path));
    },
    'state:load': async (subject) => {
      const loaded: ImportedServerState[] = [];
      for (const side of ['exchange', 'lync'] as const) {
        const field = stateField[side];
        const recorded = subject[field];
        if (recorded === null) continue;
        const absolute = resolveInSession(project, recorded, field);
        if (!absolute.ok) return absolute;
        const imported = await importState(subject, side, absolute.value, recorded);
        if (!imported.ok) return fail(imported.error.code, msg('error.in-field', { field, error: errorValue(imported.error) }), field);
        loaded.push(imported.value);
      }
      return ok(loaded);
    },
  };
}
