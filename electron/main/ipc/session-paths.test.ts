/**
 * The one path policy, through the real dispatch and handlers on the real file system: a renderer that names a
 * file outside the project's folder gets it read by no handler, unless the user gave that file to main in this
 * session (a native dialog, or a project file they opened), and Save As keeps the project's files reachable.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProject } from '../../../tests/helpers/example-project.js';
import { createRealBackend, type RealBackend } from '../../../tests/helpers/real-backend.js';
import { makeCertificate, rsaKey } from '../../../tests/helpers/test-pki.js';
import type { Project } from '../../core/model/project.js';
import { reportContributionsFrom } from '../evidence-edges.js';
import { createProjectSession } from './project-session.js';
import { chosenFile, startSession } from './session-paths.js';

const now = () => new Date('2026-11-26T09:00:00Z');
const auth = makeCertificate({ key: rsaKey(), commonName: 'Microsoft Exchange Server Auth Certificate', dnsNames: [], notBefore: new Date('2025-01-01'), notAfter: new Date('2030-01-01') });

let root = '';
let projectDir = '';
let outside = '';
let backend: RealBackend;

const withPaths = (paths: Partial<Project>, certificates: Partial<Project['certificates']> = {}): Project =>
  exampleProject({ ...paths, certificates: { oauthIssuer: null, exchangeAuth: null, ...certificates } }, { lyncTrustsExchangeBy: 'certificate' });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 's2s-paths-'));
  projectDir = join(root, 'acme');
  outside = join(root, 'elsewhere', 'auth.cer');
  await mkdir(projectDir);
  await mkdir(join(root, 'elsewhere'));
  // Real, readable files outside the folder: a refusal is the policy's, not a missing file's.
  await writeFile(outside, auth.der);
  await writeFile(join(root, 'elsewhere', 'state.json'), await readFile(new URL('../../../tests/fixtures/state/exchange-healthy.json', import.meta.url)));
  await writeFile(join(projectDir, 'auth.cer'), auth.der);
  backend = createRealBackend(join(root, 'data'), now);
  await mkdir(join(root, 'data'));
  backend.dialogs.save = join(projectDir, 'acme.s2s.json');
  expect(await backend.api.saveProject(withPaths({}), 'save-as')).toMatchObject({ ok: true });
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('a path the renderer names', () => {
  it('is read inside the project folder', async () => {
    expect(await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: 'auth.cer' }))).toMatchObject({ ok: true, value: { certificate: { format: 'der' } } });
  });

  it('is refused by every handler when it leaves the folder, relative or absolute, naming the field', async () => {
    for (const path of ['../elsewhere/auth.cer', outside]) {
      expect(await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: path }))).toMatchObject({ ok: false, error: { code: 'project-path.not-granted', subject: 'certificates.exchangeAuth' } });
      const generated = await backend.api.generateScripts(withPaths({}, { exchangeAuth: path }));
      expect(generated).toMatchObject({ ok: false, error: { subject: 'certificates.exchangeAuth', message: expect.stringContaining('was not chosen in this session') } });
      expect(await backend.api.loadSavedMetadata('exchange', withPaths({ exchangeMetadataFile: path }))).toMatchObject({ ok: false, error: { code: 'project-path.not-granted', subject: 'exchangeMetadataFile' } });
      expect(await backend.api.loadServerState(withPaths({ exchangeStateFile: path.replace('auth.cer', 'state.json') }))).toMatchObject({ ok: false, error: { code: 'project-path.not-granted', subject: 'exchangeStateFile' } });
      const fetched = await backend.api.fetchMetadata('refused', 'lync', withPaths({ trustedCaFiles: [path] }));
      expect(fetched).toMatchObject({ ok: false, error: { message: expect.stringContaining('trustedCaFiles[0]') } });
    }
  });

  it('is read when the user chose that file in a dialog, and recorded absolute', async () => {
    backend.dialogs.certificate = outside;
    expect(await backend.api.pickCertificate('exchangeAuth', withPaths({}))).toMatchObject({ ok: true, value: { projectPath: outside } });
    expect(await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: outside }))).toMatchObject({ ok: true, value: { certificate: { format: 'der' } } });
    // The grant is for that file only.
    expect((await backend.api.loadServerState(withPaths({ exchangeStateFile: join(root, 'elsewhere', 'state.json') }))).ok).toBe(false);
  });

  it('is read when a project file the user opened names it, until another project replaces it', async () => {
    const opened = join(projectDir, 'opened.s2s.json');
    await writeFile(opened, JSON.stringify(withPaths({}, { exchangeAuth: outside })));
    backend.dialogs.open = opened;
    expect(await backend.api.openProject()).toMatchObject({ ok: true, value: { path: opened } });
    expect((await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: outside }))).ok).toBe(true);
    expect((await backend.api.newProject()).ok).toBe(true);
    expect(await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: outside }))).toMatchObject({ ok: false, error: { code: 'project-path.not-granted' } });
  });

  it('keeps naming the same files after Save As into another folder', async () => {
    backend.dialogs.save = join(root, 'moved', 'acme.s2s.json');
    await mkdir(join(root, 'moved'));
    const saved = await backend.api.saveProject(withPaths({}, { exchangeAuth: 'auth.cer' }), 'save-as');
    expect(saved).toMatchObject({ ok: true, value: { project: { certificates: { exchangeAuth: join(projectDir, 'auth.cer') } } } });
    expect(JSON.parse(await readFile(join(root, 'moved', 'acme.s2s.json'), 'utf8')).certificates.exchangeAuth).toBe(join(projectDir, 'auth.cer'));
    expect((await backend.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: join(projectDir, 'auth.cer') }))).ok).toBe(true);
  });

  it('keeps its grant across a restart through the autosave, which the renderer cannot extend', async () => {
    backend.dialogs.certificate = outside;
    await backend.api.pickCertificate('exchangeAuth', withPaths({}));
    const state = join(root, 'elsewhere', 'state.json');
    expect(await backend.api.writeAutosave(withPaths({ exchangeStateFile: state }, { exchangeAuth: outside }))).toEqual({ ok: true, value: null });
    const restarted = createRealBackend(join(root, 'data'), now);
    expect(await restarted.api.readAutosave()).toMatchObject({ ok: true, value: { path: join(projectDir, 'acme.s2s.json') } });
    expect((await restarted.api.loadCertificate('exchangeAuth', withPaths({}, { exchangeAuth: outside }))).ok).toBe(true);
    expect(await restarted.api.loadServerState(withPaths({ exchangeStateFile: state }))).toMatchObject({ ok: false, error: { code: 'project-path.not-granted' } });
    const recorded = JSON.parse(await readFile(restarted.autosaveFile, 'utf8')) as { approvedPaths: string[] };
    expect(recorded.approvedPaths).toEqual([outside]);
  });
});

describe('the report', () => {
  it('reads only what the session grants', async () => {
    const read: string[] = [];
    const contribute = reportContributionsFrom(async (path) => {
      read.push(path);
      return new Uint8Array(await readFile(path));
    }, now);
    const session = createProjectSession();
    startSession(session, join(projectDir, 'acme.s2s.json'), []);
    const named = withPaths({}, { exchangeAuth: 'auth.cer', oauthIssuer: outside });
    await contribute(named, session);
    expect(read).toEqual([join(projectDir, 'auth.cer')]);
    chosenFile(session, outside);
    await contribute(named, session);
    expect(read).toContain(outside);
  });
});
