/** "Show in folder" through the real dispatch: only what this session wrote, never a path from the renderer. */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProject } from '../../../../tests/helpers/example-project.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';

let dir = '';
let backend: RealBackend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-exported-files-'));
  backend = createRealBackend(dir, () => new Date('2026-11-26T09:00:00Z'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('files:show-exported', () => {
  it('says that nothing was written yet, and shows nothing, before any export or report', async () => {
    expect(await backend.api.showExportedInFolder('bundle')).toMatchObject({
      ok: false,
      error: { code: 'files.nothing-written', message: 'No script bundle has been exported in this session yet: export it to a folder or as a zip first.', subject: 'bundle' },
    });
    expect(await backend.api.showExportedInFolder('report')).toMatchObject({ ok: false, error: { code: 'files.nothing-written', message: expect.stringContaining('No evidence report has been saved') } });
    expect(backend.shownInFolder).toEqual([]);
  });

  it('shows the folder the bundle was exported into', async () => {
    const folder = join(dir, 'bundle');
    backend.dialogs.bundleFolder = folder;
    expect(await backend.api.exportScriptsToFolder(exampleProject())).toMatchObject({ ok: true, value: { location: folder } });
    expect((await stat(folder)).isDirectory()).toBe(true);
    expect(await backend.api.showExportedInFolder('bundle')).toEqual({ ok: true, value: null });
    expect(backend.shownInFolder).toEqual([folder]);
    // The bundle is not the report.
    expect(await backend.api.showExportedInFolder('report')).toMatchObject({ ok: false, error: { code: 'files.nothing-written' } });
    // What was written belongs to the project it was made for.
    expect((await backend.api.newProject()).ok).toBe(true);
    expect(await backend.api.showExportedInFolder('bundle')).toMatchObject({ ok: false, error: { code: 'files.nothing-written' } });
  });

  it('shows the zip file (with the .zip main added), and after a second export the newer one', async () => {
    backend.dialogs.bundleZip = join(dir, 'out', 'bundle');
    await backend.api.exportScriptsAsZip(exampleProject());
    expect(await backend.api.showExportedInFolder('bundle')).toEqual({ ok: true, value: null });
    expect(backend.shownInFolder).toEqual([join(dir, 'out', 'bundle.zip')]);
    expect((await stat(join(dir, 'out', 'bundle.zip'))).isFile()).toBe(true);

    backend.dialogs.bundleFolder = join(dir, 'second');
    await backend.api.exportScriptsToFolder(exampleProject());
    await backend.api.showExportedInFolder('bundle');
    expect(backend.shownInFolder).toEqual([join(dir, 'out', 'bundle.zip'), join(dir, 'second')]);
  });

  it('keeps the last place when an export is cancelled in its dialog', async () => {
    backend.dialogs.bundleFolder = join(dir, 'bundle');
    await backend.api.exportScriptsToFolder(exampleProject());
    backend.dialogs.bundleFolder = null;
    expect(await backend.api.exportScriptsToFolder(exampleProject())).toEqual({ ok: true, value: null });
    await backend.api.showExportedInFolder('bundle');
    expect(backend.shownInFolder).toEqual([join(dir, 'bundle')]);
  });

  it('shows the saved report file', async () => {
    backend.dialogs.report = join(dir, 'evidence');
    expect(await backend.api.saveReport('report-1', exampleProject(), 'html')).toEqual({ ok: true, value: { path: join(dir, 'evidence.html') } });
    expect(await backend.api.showExportedInFolder('report')).toEqual({ ok: true, value: null });
    expect(backend.shownInFolder).toEqual([join(dir, 'evidence.html')]);
  });

  it.each([
    ['a path', '/etc'],
    ['another item', 'project'],
    ['no item', undefined],
  ])('refuses %s from the renderer and shows nothing', async (_what, item) => {
    backend.dialogs.bundleFolder = join(dir, 'bundle');
    await backend.api.exportScriptsToFolder(exampleProject());
    expect(await backend.dispatch('files:show-exported', item === undefined ? [] : [item])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    if (item !== undefined) expect(await backend.dispatch('files:show-exported', [item])).toMatchObject({ error: { message: 'files:show-exported: argument 0 must be "bundle" or "report".' } });
    expect(await backend.dispatch('files:show-exported', ['bundle', '/etc'])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
    expect(backend.shownInFolder).toEqual([]);
  });
});
