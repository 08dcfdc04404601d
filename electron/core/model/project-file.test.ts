import * as fs from 'node:fs/promises';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadProjectFile, parseProject, saveProjectFile, serializeProject, type ProjectFs } from './project-file.js';
import { emptyProject } from './project.js';

const now = () => new Date('2026-11-26T09:00:00Z');
const fixture = new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url);

describe('parseProject', () => {
  it('reads the example project, with or without a BOM', async () => {
    const text = await readFile(fixture, 'utf8');
    for (const body of [text, `\uFEFF${text}`]) {
      const parsed = parseProject(body, 'litwareinc.s2s.json');
      expect(parsed.ok && parsed.value.lyncPoolFqdn).toBe('atl-cs-001.litwareinc.com');
    }
  });

  it('fills defaults for fields an older or hand-written file leaves out', () => {
    const parsed = parseProject('{"schemaVersion": 1, "sipDomain": "litwareinc.com"}', 'p.s2s.json');
    expect(parsed.ok && parsed.value).toMatchObject({ realm: null, exchangeServers: [], options: { deleteTestItem: true, lyncTrustsExchangeBy: 'metadata' } });
  });

  it('keeps unknown fields, at the top level and inside options', () => {
    const parsed = parseProject('{"schemaVersion": 1, "addedLater": {"x": [1]}, "options": {"future": "yes"}}', 'p.s2s.json');
    expect(parsed.ok && parsed.value.addedLater).toEqual({ x: [1] });
    expect(parsed.ok && parsed.value.options.future).toBe('yes');
    expect(parsed.ok && JSON.parse(serializeProject(parsed.value)).addedLater).toEqual({ x: [1] });
  });

  it.each([
    ['{"schemaVersion": 1, "sipDomain": "litwareinc.com"', 'project.not-json', 'p.s2s.json is not valid JSON', 'line 1'],
    ['', 'project.not-json', 'p.s2s.json is not valid JSON', 'JSON'],
    ['[1, 2]', 'project.not-object', 'must hold one JSON object', 'schemaVersion'],
    ['{"schemaVersion": 2}', 'project.newer-schema', 'newer s2s-wizard', 'schemaVersion 1'],
    ['{"sipDomain": "x"}', 'project.invalid-field', 'schemaVersion must be 1', ''],
    ['{"schemaVersion": 1, "exchangeServers": "atl-exchange-001"}', 'project.invalid-field', 'exchangeServers must be a list of host names', ''],
    ['{"schemaVersion": 1, "exchangeServers": ["a.b", 7]}', 'project.invalid-field', 'exchangeServers[1] must be a host name', ''],
    ['{"schemaVersion": 1, "options": {"deleteTestItem": "yes"}}', 'project.invalid-field', 'options.deleteTestItem must be true or false', ''],
  ])('refuses %j with a message naming the field', (text, code, message, more) => {
    const parsed = parseProject(text, 'p.s2s.json');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe(code);
    expect(parsed.error.message).toContain(message);
    expect(parsed.error.message).toContain(more);
  });
});

describe('serializeProject', () => {
  it('never writes a password or a private key, even in fields it keeps unread', () => {
    const project = {
      ...emptyProject(),
      pfxPassword: 'Pa$$w0rd',
      certificates: { oauthIssuer: 'oauth.pfx', exchangeAuth: null, password: 'Pa$$w0rd' },
      notes: ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', 'keep me'],
      extra: { clientSecret: 'x', privateKey: 'y', key: '-----BEGIN RSA PRIVATE KEY-----' },
    };
    const text = serializeProject(project);
    expect(text).not.toMatch(/Pa\$\$w0rd|PRIVATE KEY|clientSecret|privateKey/);
    expect(JSON.parse(text)).toMatchObject({ certificates: { oauthIssuer: 'oauth.pfx' }, notes: ['keep me'], extra: {} });
  });
});

describe('saveProjectFile / loadProjectFile', () => {
  it('round-trips through a real file and leaves no temporary file behind', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2s-save-'));
    const path = join(dir, 'litwareinc.s2s.json');
    const project = { ...emptyProject(), sipDomain: 'litwareinc.com' };
    expect(await saveProjectFile(fs, path, project, now)).toEqual({ ok: true, value: { path } });
    expect(await loadProjectFile(fs, path)).toEqual({ ok: true, value: project });
    expect(await readdir(dir)).toEqual(['litwareinc.s2s.json']);
  });

  it('keeps the old file whole when the write fails before the rename', async () => {
    const dir = await mkdtemp(join(tmpdir(), 's2s-save-'));
    const path = join(dir, 'p.s2s.json');
    await writeFile(path, 'the old content');
    const failingRename: ProjectFs = { ...fs, rename: async () => Promise.reject(new Error('disk full')) };
    const saved = await saveProjectFile(failingRename, path, emptyProject(), now);
    expect(saved.ok ? '' : saved.error.message).toBe(`Cannot save to ${path}: disk full`);
    expect(await readFile(path, 'utf8')).toBe('the old content');
    expect(await readdir(dir)).toEqual(['p.s2s.json']);
  });

  it('says why a file cannot be read', async () => {
    const loaded = await loadProjectFile(fs, '/nonexistent/p.s2s.json');
    expect(loaded).toEqual({
      ok: false,
      error: {
        code: 'project.unreadable',
        message: 'Cannot read the project file /nonexistent/p.s2s.json: it does not exist.',
        subject: '/nonexistent/p.s2s.json',
        text: { key: 'error.project.unreadable', params: { path: '/nonexistent/p.s2s.json', reason: { key: 'error.reason.missing' } } },
      },
    });
    const dir = await mkdtemp(join(tmpdir(), 's2s-load-'));
    const folder = await loadProjectFile(fs, dir);
    expect(folder.ok ? '' : folder.error.message).toContain('it is a folder');
  });
});
