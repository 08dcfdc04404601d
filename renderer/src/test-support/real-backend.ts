import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRealBackend, type RealBackend } from '../../../tests/helpers/real-backend';

export interface TestBackend extends RealBackend {
  /** A path in this test's own temporary folder. */
  pathOf(name: string): string;
  readJson(path: string): Promise<unknown>;
  writeText(path: string, text: string): Promise<void>;
}

/** The real IPC handlers on a fresh temporary folder, installed as `window.s2s`; the folder goes when the test ends. */
export async function installRealBackend(): Promise<TestBackend> {
  const dataDir = await mkdtemp(join(tmpdir(), 's2s-renderer-'));
  onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
  const backend = createRealBackend(dataDir);
  window.s2s = backend.api;
  return {
    ...backend,
    pathOf: (name) => join(dataDir, name),
    readJson: async (path) => JSON.parse(await readFile(path, 'utf8')) as unknown,
    writeText: (path, text) => writeFile(path, text, 'utf8'),
  };
}
