/** The import boundaries of design.md §2, enforced by eslint.config.js: each rule fires where it must, and only there. */
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['electron/core/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['electron/cli/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['renderer/src/x.ts', "import { shell } from 'electron';\nexport const a = shell;\n"],
  ])('keeps electron out of %s', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([expect.stringContaining('must not import electron')]);
  });

  it.each(['electron/main/x.ts', 'electron/core/x.ts', 'renderer/src/x.ts'])('keeps ipcRenderer out of %s', async (file) => {
    expect(await restrictedImports(file, "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).not.toEqual([]);
  });

  it('lets the preload use ipcRenderer and main use electron', async () => {
    expect(await restrictedImports('electron/preload/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toEqual([]);
    expect(await restrictedImports('electron/main/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
  });

  it('lets the renderer import core and shared as types only, and nothing from main or Node', async () => {
    expect(await restrictedImports('renderer/src/x.ts', "import type { Project } from '../../electron/core/model/project';\nexport type P = Project;\n")).toEqual([]);
    expect(await restrictedImports('renderer/src/x.ts', "import { emptyProject } from '../../electron/core/model/project';\nexport const p = emptyProject;\n")).toEqual([
      expect.stringContaining('types only'),
    ]);
    expect(await restrictedImports('renderer/src/x.ts', "import { createHandlers } from '../../electron/main/ipc/handlers/index';\nexport const h = createHandlers;\n")).not.toEqual([]);
    expect(await restrictedImports('renderer/src/x.ts', "import { readFile } from 'node:fs/promises';\nexport const r = readFile;\n")).not.toEqual([]);
  });
});
