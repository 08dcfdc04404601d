import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../run-cli.js';

const repo = new URL('../../..', import.meta.url).pathname;
const corpus = (path: string) => join(repo, 'tests/fixtures/diagnose', path);
const stateFixture = (name: string) => join(repo, 'tests/fixtures/state', name);
const exampleProject = join(repo, 'tests/fixtures/projects/litwareinc.s2s.json');

async function run(argv: string[], stdin?: Uint8Array) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    argv,
    {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      env: {},
      cwd: repo,
      now: () => new Date('2026-11-26T09:00:00Z'),
      ...(stdin ? { readStdin: async () => stdin } : {}),
    },
    '9.9.9',
  );
  return { code, stdout, stderr };
}

async function tempFile(name: string, content: string | Uint8Array) {
  const path = join(await mkdtemp(join(tmpdir(), 's2s-diagnose-')), name);
  await writeFile(path, content);
  return path;
}

describe('s2s-wizard diagnose', () => {
  it('prints the cause, the fix and the evidence lines, and exits 1 for a failure', async () => {
    const result = await run(['diagnose', corpus('diag.oauth-401/verbose-no-lync-issuer.txt')]);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    expect(result.stdout).toMatch(/^Output .*verbose-no-lync-issuer\.txt \(utf-8, 29 line\(s\)\)\n/);
    expect(result.stdout).toContain("ERROR  diag.oauth-401  [Exchange EWS / Autodiscover]\n  Exchange refused Lync's OAuth token (401 Unauthorized). Exchange answered 401");
    expect(result.stdout).toContain('  Fix: # Exchange Management Shell: OAuthAuthentication must be True');
    expect(result.stdout).toContain('Evidence for diag.oauth-401:\n  line 5: VERBOSE: Processing web storage response');
    expect(result.stdout).toContain('  line 10: HTTP/1.1 401 Unauthorized');
  });

  it('--json: one object with the findings, the evidence and how the input was read (UTF-16LE, 80 columns)', async () => {
    const result = await run(['diagnose', corpus('diag.oauth-401/no-verbose-80-columns-utf16le.txt'), '--json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.findings.map((f: { id: string }) => f.id)).toEqual(['diag.oauth-401']);
    expect(body.input).toEqual({ encoding: 'utf-16le with BOM', lines: 15, consoleWidth: 80, transcript: false });
    expect(body.evidence['diag.oauth-401'][0].text).toContain('The request failed with HTTP status 401: Unauthorized.');
  });

  it('exits 0 for a success, and for output it does not recognise that shows no error', async () => {
    expect((await run(['diagnose', corpus('diag.success/03-verify-output.txt')])).code).toBe(0);
    const quiet = await run(['diagnose', await tempFile('out.txt', 'VERBOSE: Create message.\r\n')]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('WARNING  diag.unknown');
  });

  it('reads standard input for -', async () => {
    const result = await run(['diagnose', '-', '--json'], await readFile(corpus('diag.empty-response/no-verbose.txt')));
    expect(JSON.parse(result.stdout)).toMatchObject({ output: 'standard input', findings: [{ id: 'diag.empty-response' }] });
  });

  it('--project fills the fix commands with the project values', async () => {
    const result = await run(['diagnose', corpus('diag.oauth-401/no-verbose.txt'), '--project', exampleProject]);
    expect(result.stdout).toContain("iisreset 'atl-exchange-001.litwareinc.com'");
  });

  it.each([
    [['diagnose', '/nonexistent/out.txt'], 'diagnose: cannot read /nonexistent/out.txt: it does not exist'],
    [['diagnose'], 'missing the output file'],
    [['diagnose', 'a.txt', '--password', 'x'], "Unknown option '--password'"],
    [['diagnose', corpus('diag.success/verbose.txt'), '--project', '/nonexistent/p.s2s.json'], 'diagnose: --project: Cannot read the project file /nonexistent/p.s2s.json'],
  ])('%j is a usage error (exit 2, one line on stderr)', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain(message);
  });

  it('refuses a binary file, naming it (exit 2)', async () => {
    const binary = await tempFile('trace.etl', Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]));
    const result = await run(['diagnose', binary]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('trace.etl is not a text file');
  });

  it('runs with plain node through the package bin, reading a pipe for -', async () => {
    const bin = join(repo, 'bin/s2s-wizard.mjs');
    const child = promisify(execFile)(process.execPath, [bin, 'diagnose', '-', '--json']);
    child.child.stdin?.end(await readFile(corpus('diag.access-denied/no-verbose.txt')));
    const failed = await child.catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect(JSON.parse((failed as { stdout: string }).stdout).findings[0].id).toBe('diag.access-denied');
  });
});

describe('s2s-wizard check with imported state files', () => {
  async function projectWith(files: { exchange?: string; lync?: string }) {
    const dir = await mkdtemp(join(tmpdir(), 's2s-check-state-'));
    const project = JSON.parse(await readFile(exampleProject, 'utf8'));
    if (files.exchange) {
      await copyFile(stateFixture(files.exchange), join(dir, 'exchange-state.json'));
      project.exchangeStateFile = 'exchange-state.json';
    }
    if (files.lync) {
      await copyFile(stateFixture(files.lync), join(dir, 'lync-state.json'));
      project.lyncStateFile = 'lync-state.json';
    }
    const path = join(dir, 'p.s2s.json');
    await writeFile(path, JSON.stringify(project));
    return path;
  }

  it('adds the state findings and the thumbprints in use to check --json', async () => {
    const result = await run(['check', await projectWith({ exchange: 'exchange-oauth-disabled.json', lync: 'lync-healthy.json' }), '--offline', '--json']);
    expect(result.code).toBe(1);
    const body = JSON.parse(result.stdout);
    expect(body.findings.filter((f: { id: string }) => f.id.startsWith('state.')).map((f: { id: string }) => f.id)).toEqual(['state.oauth-disabled']);
    expect(body.state).toEqual({
      exchange: { file: 'exchange-state.json', server: 'ATL-EXCHANGE-001.litwareinc.com', collectedAt: '2026-11-26T08:41:17.532Z' },
      lync: { file: 'lync-state.json', server: 'atl-fe-001.litwareinc.com', collectedAt: '2026-11-26T08:52:03.118Z' },
      thumbprints: { exchange: { current: '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3', next: null }, lync: ['3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3'] },
    });
  });

  it('a named state file that is missing or holds the other side is unreadable input: exit 2 naming the field', async () => {
    const wrongSide = await run(['check', await projectWith({ exchange: 'lync-healthy.json' }), '--offline']);
    expect(wrongSide.code).toBe(2);
    expect(wrongSide.stderr).toBe(
      's2s-wizard: exchangeStateFile: exchange-state.json holds the Lync state; here the Exchange state is expected (what 00-collect-exchange-state.ps1 writes).\n',
    );
    const path = await projectWith({});
    await writeFile(path, (await readFile(path, 'utf8')).replace('"lyncStateFile":null', '"lyncStateFile":"gone.json"'));
    const missing = await run(['check', path, '--offline']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('s2s-wizard: lyncStateFile: Cannot read the state file gone.json: it does not exist.\n');
  });
});
