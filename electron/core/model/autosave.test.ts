import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAutosave, writeAutosave } from './autosave.js';
import { emptyProject } from './project.js';

const now = () => new Date('2026-11-26T09:00:00Z');

describe('autosave', () => {
  it('has nothing to restore at first, then restores what was written', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 's2s-auto-')), 'autosave.s2s.json');
    expect(await readAutosave(fs, file, now)).toEqual({ ok: true, value: null });
    const project = { ...emptyProject(), sipDomain: 'litwareinc.com', secretNote: { password: 'x' } };
    await writeAutosave(fs, file, { project, path: '/p/litwareinc.s2s.json', approvedPaths: ['/srv/pki/ca.cer'] }, now);
    expect(await readFile(file, 'utf8')).not.toContain('password');
    const read = await readAutosave(fs, file, now);
    expect(read.ok && read.value?.path).toBe('/p/litwareinc.s2s.json');
    expect(read.ok && read.value?.project.sipDomain).toBe('litwareinc.com');
    expect(read.ok && read.value?.approvedPaths).toEqual(['/srv/pki/ca.cer']);
  });

  it('moves a damaged autosave aside instead of losing or overwriting it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2s-auto-'));
    const file = join(dir, 'autosave.s2s.json');
    await writeFile(file, '{"project": {"schemaVersion": 1, "exchangeServers": 5}}');
    const read = await readAutosave(fs, file, now);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.error.message).toContain('exchangeServers must be a list');
    const aside = `autosave.s2s.json.damaged-${now().getTime()}`;
    expect(await readdir(dir)).toEqual([aside]);
    expect(await readFile(join(dir, aside), 'utf8')).toContain('"exchangeServers": 5');
  });
});
