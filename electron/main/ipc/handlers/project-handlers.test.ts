import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRealBackend } from '../../../../tests/helpers/real-backend.js';
import { emptyProject } from '../../../core/model/project.js';

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 's2s-handlers-'));
  return { dir, ...createRealBackend(dir) };
}

const example = { ...emptyProject(), sipDomain: 'litwareinc.com', lyncPoolFqdn: 'atl-cs-001.litwareinc.com' };

describe('project handlers', () => {
  it('saves where the user chose, adding the extension, then saves there again without asking', async () => {
    const { dir, api, dialogs } = await setup();
    dialogs.save = join(dir, 'litwareinc');
    expect(await api.saveProject(example, 'save')).toEqual({ ok: true, value: { path: join(dir, 'litwareinc.s2s.json'), project: example } });
    dialogs.save = null;
    expect(await api.saveProject({ ...example, sipDomain: 'fabrikam.com' }, 'save')).toEqual({ ok: true, value: { path: join(dir, 'litwareinc.s2s.json'), project: { ...example, sipDomain: 'fabrikam.com' } } });
    expect(JSON.parse(await readFile(join(dir, 'litwareinc.s2s.json'), 'utf8')).sipDomain).toBe('fabrikam.com');
    expect(await api.saveProject(example, 'save-as')).toEqual({ ok: true, value: null });
  });

  it('opens a project, and refuses a broken one with a message naming the file', async () => {
    const { dir, api, dialogs } = await setup();
    dialogs.open = join(dir, 'broken.s2s.json');
    await writeFile(dialogs.open, '{"schemaVersion": 1, "sipDomain": ');
    const broken = await api.openProject();
    expect(broken.ok ? '' : broken.error.message).toMatch(/broken\.s2s\.json is not valid JSON/);
    dialogs.open = join(dir, 'good.s2s.json');
    await writeFile(dialogs.open, JSON.stringify(example));
    const opened = await api.openProject();
    expect(opened.ok && opened.value).toEqual({ project: example, path: dialogs.open });
    dialogs.open = null;
    expect(await api.openProject()).toEqual({ ok: true, value: null });
  });

  it('new forgets the open file, so Save asks again', async () => {
    const { dir, api, dialogs } = await setup();
    dialogs.save = join(dir, 'a.s2s.json');
    await api.saveProject(example, 'save');
    expect((await api.newProject()).ok).toBe(true);
    dialogs.save = null;
    expect(await api.saveProject(example, 'save')).toEqual({ ok: true, value: null });
  });

  it('autosaves the work and the open file, and restores both', async () => {
    const { dir, api, dialogs } = await setup();
    expect(await api.readAutosave()).toEqual({ ok: true, value: null });
    dialogs.save = join(dir, 'a.s2s.json');
    await api.saveProject(example, 'save');
    expect(await api.writeAutosave({ ...example, testUserSipUri: 'sip:kenmyer@litwareinc.com' })).toEqual({ ok: true, value: null });
    const restored = await api.readAutosave();
    expect(restored.ok && restored.value?.path).toBe(join(dir, 'a.s2s.json'));
    expect(restored.ok && restored.value?.project.testUserSipUri).toBe('sip:kenmyer@litwareinc.com');
  });

  it('validates and resolves the defaults', async () => {
    const { api } = await setup();
    const checked = await api.validateProject(example);
    expect(checked.ok && checked.value.resolved.lyncMetadataUrl).toBe('https://atl-cs-001.litwareinc.com/metadata/json/1');
    expect(checked.ok && checked.value.findings.map((f) => f.subject)).toEqual(['exchangeAutodiscoverFqdn', 'testUserSipUri', 'exchangeServers']);
  });
});
