import * as fs from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readRecentProjects, recentProjectsLimit, rememberProject, writeRecentProjects, type RecentProject } from './recent-projects.js';

const now = () => new Date('2026-11-26T09:00:00Z');

function edges(api: typeof path.win32 | typeof path.posix) {
  let next = 0;
  return { api, now, newId: () => `id-${++next}` };
}

async function dataFile() {
  const dir = await mkdtemp(path.join(tmpdir(), 's2s-recent-'));
  return { dir, file: path.join(dir, 'recent-projects.json') };
}

describe('rememberProject', () => {
  it('puts the file first, and moves a file already listed up instead of listing it twice, keeping its id', () => {
    const e = edges(path.posix);
    let list: RecentProject[] = [];
    list = rememberProject(list, '/p/litware.s2s.json', e);
    list = rememberProject(list, '/p/contoso.s2s.json', e);
    expect(list.map((entry) => entry.path)).toEqual(['/p/contoso.s2s.json', '/p/litware.s2s.json']);
    list = rememberProject(list, '/p/litware.s2s.json', e);
    expect(list).toEqual([
      { id: 'id-1', path: '/p/litware.s2s.json', openedAt: '2026-11-26T09:00:00.000Z' },
      { id: 'id-2', path: '/p/contoso.s2s.json', openedAt: '2026-11-26T09:00:00.000Z' },
    ]);
  });

  it('treats Windows paths that differ only in case or slashes as one file, POSIX paths in another case as two', () => {
    const windows = rememberProject(rememberProject([], 'C:\\Projects\\Litware.s2s.json', edges(path.win32)), 'c:/projects/LITWARE.s2s.json', edges(path.win32));
    expect(windows.map((entry) => entry.path)).toEqual(['c:/projects/LITWARE.s2s.json']);
    const posix = rememberProject(rememberProject([], '/p/Litware.s2s.json', edges(path.posix)), '/p/litware.s2s.json', edges(path.posix));
    expect(posix.map((entry) => entry.path)).toEqual(['/p/litware.s2s.json', '/p/Litware.s2s.json']);
  });

  it(`keeps at most ${recentProjectsLimit}, dropping the oldest`, () => {
    const e = edges(path.posix);
    let list: RecentProject[] = [];
    for (let i = 1; i <= 12; i++) list = rememberProject(list, `/p/${i}.s2s.json`, e);
    expect(list).toHaveLength(10);
    expect(list[0]?.path).toBe('/p/12.s2s.json');
    expect(list.at(-1)?.path).toBe('/p/3.s2s.json');
  });
});

describe('reading and writing the list', () => {
  it('reads an empty list before the first write, then what was written, leaving no temporary file', async () => {
    const { dir, file } = await dataFile();
    expect(await readRecentProjects(fs, file, now)).toEqual({ ok: true, value: [] });
    const list = rememberProject([], '/p/litware.s2s.json', edges(path.posix));
    expect(await writeRecentProjects(fs, file, list, now)).toEqual({ ok: true, value: { path: file } });
    expect(await readRecentProjects(fs, file, now)).toEqual({ ok: true, value: list });
    expect(await readdir(dir)).toEqual(['recent-projects.json']);
  });

  it('reads a list saved with a byte-order mark', async () => {
    const { file } = await dataFile();
    await writeFile(file, `\uFEFF${JSON.stringify({ version: 1, projects: [{ id: 'a', path: '/p/a.s2s.json', openedAt: '2026-01-01T00:00:00Z' }] })}`);
    const read = await readRecentProjects(fs, file, now);
    expect(read.ok && read.value.map((entry) => entry.id)).toEqual(['a']);
  });

  it.each([
    ['not JSON', '{"version": 1, "projects": ['],
    ['another shape', '{"version": 1, "projects": [{"path": 5}]}'],
    ['another version', '{"version": 2, "projects": []}'],
  ])('moves a list that is %s aside, keeping its bytes, and says where it went', async (_, text) => {
    const { dir, file } = await dataFile();
    await writeFile(file, text);
    const read = await readRecentProjects(fs, file, now);
    const aside = `recent-projects.json.damaged-${now().getTime()}`;
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'recent-projects.damaged', message: expect.stringContaining(`it was kept as ${path.join(dir, aside)}`), subject: path.join(dir, aside) },
    });
    expect(await readdir(dir)).toEqual([aside]);
    expect(await readFile(path.join(dir, aside), 'utf8')).toBe(text);
  });

  it('leaves a list it cannot read alone, naming the file', async () => {
    const { file } = await dataFile();
    await mkdir(file);
    const read = await readRecentProjects(fs, file, now);
    expect(read.ok ? '' : `${read.error.code} ${read.error.message}`).toMatch(/^recent-projects\.unreadable Cannot read the list of recent projects in .*recent-projects\.json/);
  });

  it('leaves a damaged list it cannot move aside where it is, and says so', async () => {
    // Root ignores read-only folders, so a refused rename is the one edge stood in for here.
    const refusing = { ...fs, readFile: async () => 'not json', rename: async () => Promise.reject(new Error('EPERM: operation not permitted')) };
    const read = await readRecentProjects(refusing, '/data/recent-projects.json', now);
    expect(read.ok ? null : read.error).toMatchObject({
      code: 'recent-projects.unreadable',
      message: 'The list of recent projects in /data/recent-projects.json is damaged and could not be moved aside (EPERM: operation not permitted); it was left as it is.',
      subject: '/data/recent-projects.json',
    });
  });
});
