/** The user's place, through the real dispatch: recent projects, the unsaved-work report, the restore offer's data. */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRealBackend } from '../../../../tests/helpers/real-backend.js';
import { emptyProject } from '../../../core/model/project.js';

const now = () => new Date('2026-11-26T09:00:00Z');
const example = { ...emptyProject(), sipDomain: 'litwareinc.com', lyncPoolFqdn: 'atl-cs-001.litwareinc.com' };

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 's2s-session-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  return { dir, ...createRealBackend(dir, now) };
}

describe('recent projects', () => {
  it('lists each file opened or saved, most recent first, once, with its name and time', async () => {
    const { dir, api, dialogs } = await setup();
    expect(await api.listRecentProjects()).toEqual({ ok: true, value: { entries: [], notice: null } });
    const litware = join(dir, 'litware.s2s.json');
    const contoso = join(dir, 'contoso.s2s.json');
    dialogs.save = litware;
    await api.saveProject(example, 'save-as');
    dialogs.save = contoso;
    await api.saveProject({ ...example, sipDomain: 'contoso.com' }, 'save-as');
    dialogs.open = litware;
    await api.openProject();

    const listed = await api.listRecentProjects();
    expect(listed.ok && listed.value.entries.map(({ path, name, openedAt, missing }) => ({ path, name, openedAt, missing }))).toEqual([
      { path: litware, name: 'litware.s2s.json', openedAt: '2026-11-26T09:00:00.000Z', missing: false },
      { path: contoso, name: 'contoso.s2s.json', openedAt: '2026-11-26T09:00:00.000Z', missing: false },
    ]);
  });

  it('opens an entry by the id main gave, moving it up; a file gone is listed as missing and fails to open with its name', async () => {
    const { dir, api, dialogs } = await setup();
    const litware = join(dir, 'litware.s2s.json');
    const contoso = join(dir, 'contoso.s2s.json');
    await writeFile(litware, JSON.stringify(example));
    await writeFile(contoso, JSON.stringify({ ...example, sipDomain: 'contoso.com' }));
    for (const file of [litware, contoso]) {
      dialogs.open = file;
      await api.openProject();
    }
    const before = await api.listRecentProjects();
    const litwareId = before.ok ? before.value.entries[1]?.id : undefined;
    expect(litwareId).toMatch(/^[0-9a-f-]{36}$/);

    const opened = await api.openRecentProject(litwareId ?? '');
    expect(opened).toEqual({ ok: true, value: { project: example, path: litware } });
    const after = await api.listRecentProjects();
    expect(after.ok && after.value.entries.map((entry) => entry.path)).toEqual([litware, contoso]);

    await rm(contoso);
    const gone = await api.listRecentProjects();
    expect(gone.ok && gone.value.entries.map((entry) => entry.missing)).toEqual([false, true]);
    const failed = await api.openRecentProject(gone.ok ? (gone.value.entries[1]?.id ?? '') : '');
    expect(failed.ok ? '' : failed.error.message).toBe(`Cannot read the project file ${contoso}: it does not exist.`);
  });

  it('opens only what its own list holds: an unknown id is refused, and a path is not even an id', async () => {
    const { api, dispatch } = await setup();
    expect(await api.openRecentProject('00000000-0000-4000-8000-000000000000')).toMatchObject({
      ok: false,
      error: {
        code: 'recent-projects.unknown-entry',
        message: 'That project is no longer in the list of recent projects; open it with Open… instead.',
        subject: '00000000-0000-4000-8000-000000000000',
      },
    });
    const withPath = await dispatch('recent:open', ['/etc/passwd']);
    expect(withPath.ok ? '' : `${withPath.error.code}: ${withPath.error.message}`).toBe(
      'ipc.invalid-arguments: recent:open: argument 0 must be the id of a recent project as listed (letters, digits and hyphens).',
    );
  });

  it('moves a damaged list aside without failing the open, starts a new one, and says so once', async () => {
    const { dir, api, dialogs, recentProjectsFile } = await setup();
    await writeFile(recentProjectsFile, '{"version": 1, "projects": [');
    dialogs.open = join(dir, 'litware.s2s.json');
    await writeFile(dialogs.open, JSON.stringify(example));
    expect((await api.openProject()).ok).toBe(true);

    const listed = await api.listRecentProjects();
    expect(listed.ok && listed.value.entries.map((entry) => entry.path)).toEqual([dialogs.open]);
    expect(listed.ok && listed.value.notice).toBe(
      `The list of recent projects could not be read (it is not a list of version 1); it was kept as ${recentProjectsFile}.damaged-${now().getTime()} and a new list was started.`,
    );
    expect((await readdir(dir)).sort()).toEqual(['litware.s2s.json', 'recent-projects.json', `recent-projects.json.damaged-${now().getTime()}`]);
    const again = await api.listRecentProjects();
    expect(again.ok && again.value.notice).toBeNull();
  });
});

describe('session:report-unsaved', () => {
  it('keeps the last report for the close guard, with the project file of the moment', async () => {
    const { dir, api, dialogs, unsavedWork } = await setup();
    expect(unsavedWork).toEqual({ project: null, path: null, language: 'en' });
    expect(await api.reportUnsaved({ project: example, language: 'ko' })).toEqual({ ok: true, value: null });
    expect(unsavedWork).toEqual({ project: example, path: null, language: 'ko' });

    dialogs.save = join(dir, 'litware.s2s.json');
    await api.saveProject(example, 'save');
    await api.reportUnsaved({ project: { ...example, realm: 'litwareinc.com' }, language: 'en' });
    expect(unsavedWork).toEqual({ project: { ...example, realm: 'litwareinc.com' }, path: dialogs.save, language: 'en' });
    await api.reportUnsaved({ project: null, language: 'en' });
    expect(unsavedWork.project).toBeNull();
  });

  it('refuses a report that is not one, naming the field', async () => {
    const { dispatch } = await setup();
    const wrong = await dispatch('session:report-unsaved', [{ project: null, language: 'fr' }]);
    expect(wrong.ok ? '' : wrong.error.message).toBe('session:report-unsaved: argument 0.language must be "en" or "ko".');
  });
});

describe('autosave:read, for the restore offer', () => {
  it('tells when the work was autosaved and what its project file holds, to judge unsaved changes', async () => {
    const { dir, api, dialogs } = await setup();
    await api.writeAutosave(example);
    expect(await api.readAutosave()).toEqual({ ok: true, value: { project: example, path: null, savedAt: '2026-11-26T09:00:00.000Z', saved: emptyProject() } });

    dialogs.save = join(dir, 'litware.s2s.json');
    await api.saveProject(example, 'save');
    await api.writeAutosave({ ...example, realm: 'litwareinc.com' });
    expect(await api.readAutosave()).toEqual({
      ok: true,
      value: { project: { ...example, realm: 'litwareinc.com' }, path: dialogs.save, savedAt: '2026-11-26T09:00:00.000Z', saved: example },
    });

    await rm(dialogs.save);
    const fileGone = await api.readAutosave();
    expect(fileGone.ok && fileGone.value?.saved).toBeNull();
  });
});
