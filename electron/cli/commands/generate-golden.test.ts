/**
 * The golden bundle: what `generate` writes for the seed's example project, byte for byte (BOM and CRLF
 * included), with the clock pinned by --now. After a deliberate change to the scripts, review the diff and
 * update the golden files with:  UPDATE_GOLDEN=1 npx vitest run electron/cli/commands/generate-golden.test.ts
 */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProjectPath } from '../../../tests/helpers/example-project.js';
import { runCli } from '../run-cli.js';

const golden = new URL('../../../tests/fixtures/golden/litwareinc', import.meta.url).pathname;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(folder.length + 1)).sort();
}

describe('the golden bundle of the example project', () => {
  let out = '';
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 's2s-golden-'));
    const io = { stdout: () => undefined, stderr: (t: string) => void process.stderr.write(t), env: {}, cwd: out, now: () => new Date() };
    const code = await runCli(['generate', exampleProjectPath, '--out', out, '--now', '2026-11-26T09:00:00Z'], io, 'test');
    expect(code).toBe(0);
    if (process.env.UPDATE_GOLDEN === '1') {
      await rm(golden, { recursive: true, force: true });
      await cp(out, golden, { recursive: true });
    }
  });
  afterAll(async () => rm(out, { recursive: true, force: true }));

  it('has the same files as the golden folder', async () => {
    expect(await filesUnder(out)).toEqual(await filesUnder(golden));
  });

  it('writes each file byte for byte as the golden one', async () => {
    for (const file of await filesUnder(golden)) {
      const [actual, expected] = await Promise.all([readFile(join(out, file)), readFile(join(golden, file))]);
      expect({ file, text: actual.toString('utf8') }).toEqual({ file, text: expected.toString('utf8') });
      expect(actual.equals(expected)).toBe(true);
    }
  });
});
