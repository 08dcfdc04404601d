import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from './run-cli.js';

const fixture = new URL('../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url).pathname;
const repo = new URL('../..', import.meta.url).pathname;

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {}, cwd: repo, now: () => new Date() }, '9.9.9');
  return { code, stdout, stderr };
}

async function projectWith(change: (text: string) => string) {
  const path = join(await mkdtemp(join(tmpdir(), 's2s-cli-')), 'p.s2s.json');
  await writeFile(path, change(await readFile(fixture, 'utf8')));
  return path;
}

describe('s2s-wizard', () => {
  it('--help lists the commands and the exit codes; --version prints the version', async () => {
    const help = await run('--help');
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toContain('check <project.s2s.json>');
    expect(help.stdout).toContain('Exit codes: 0');
    expect(await run('--version')).toEqual({ code: 0, stdout: '9.9.9\n', stderr: '' });
    expect((await run()).code).toBe(2);
  });

  // --offline: `check` reaches no network in these tests (the metadata section would fetch the example's URLs).
  it('check on the example project exits 0', async () => {
    const result = await run('check', fixture, '--offline');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('0 error(s)');
  });

  it('check --json prints one JSON object with the findings and the resolved defaults', async () => {
    const result = await run('check', fixture, '--json', '--offline', '--now', '2026-11-26T09:00:00Z');
    const body = JSON.parse(result.stdout);
    expect(body.findings.filter((f: { id: string }) => f.id.startsWith('project.'))).toEqual([]);
    expect(body.resolved.exchangeMetadataUrl).toBe('https://autodiscover.litwareinc.com/autodiscover/metadata/json/1');
  });

  it('check exits 2 and names lyncPoolFqdn when the pool FQDN has blanks', async () => {
    const path = await projectWith((t) => t.replace('"atl-cs-001.litwareinc.com"', '"atl cs 001"'));
    const result = await run('check', path);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('lyncPoolFqdn');
    expect(result.stdout).toContain('project.invalid-fqdn');
  });

  it('check exits 2 and says the file is not valid JSON when it is truncated', async () => {
    const path = await projectWith((t) => t.slice(0, 120));
    const result = await run('check', path, '--json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/p\.s2s\.json is not valid JSON \(.* at line \d+, column \d+\)/);
    expect(JSON.parse(result.stdout).error.code).toBe('project.not-json');
  });

  it('check exits 0 with a warning only', async () => {
    const path = await projectWith((t) => t.replace('sip:kenmyer@litwareinc.com', 'sip:kenmyer@fabrikam.com'));
    const result = await run('check', path, '--offline');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('WARNING  project.sip-domain-mismatch');
  });

  it.each([
    [['check', fixture, '--password', 'x'], "Unknown option '--password'"],
    [['check'], 'missing the project file'],
    [['check', fixture, 'extra'], "unexpected argument 'extra'"],
    [['check', fixture, '--now', 'yesterday'], '--now must be an ISO-8601 date'],
    [['frobnicate'], "unknown command 'frobnicate'"],
    [['check', '/nonexistent/p.s2s.json'], 'it does not exist'],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('runs with plain node through the package bin', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(repo, 'bin/s2s-wizard.mjs'), 'check', fixture, '--json', '--offline']);
    expect(JSON.parse(stdout).findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const failed = await promisify(execFile)(process.execPath, [join(repo, 'bin/s2s-wizard.mjs'), 'check', '--bogus']).catch((e: { code: number; stderr: string }) => e);
    expect(failed).toMatchObject({ code: 2 });
  });
});
