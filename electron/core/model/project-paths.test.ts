import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyProject } from './project.js';
import { namedPaths, pathKey, pathsNamedBy, rebaseProjectPaths, recordedPath, resolvablePaths, resolveProjectPath, type PathGrant } from './project-paths.js';

const posix = path.posix;
const win32 = path.win32;

function grant(projectFile: string | null, approved: string[] = [], api: typeof posix | typeof win32 = posix): PathGrant {
  return { projectFile, approved: new Set(approved.map((p) => pathKey(p, api))) };
}

describe('resolveProjectPath', () => {
  it('resolves a relative path inside the project folder, subfolders included', () => {
    expect(resolveProjectPath('certs/oauth.pfx', 'certificates.oauthIssuer', grant('/work/acme/acme.s2s.json'), posix)).toEqual({ ok: true, value: '/work/acme/certs/oauth.pfx' });
    expect(resolveProjectPath('./a/../b.cer', 'trustedCaFiles[0]', grant('/work/acme/acme.s2s.json'), posix)).toEqual({ ok: true, value: '/work/acme/b.cer' });
  });

  it('refuses a relative path that climbs out of the project folder, naming the field', () => {
    const result = resolveProjectPath('../../etc/shadow', 'certificates.exchangeAuth', grant('/work/acme/acme.s2s.json'), posix);
    expect(result).toMatchObject({ ok: false, error: { code: 'project-path.not-granted', subject: 'certificates.exchangeAuth' } });
    expect(!result.ok && result.error.message).toContain("outside the project's folder (/work/acme)");
  });

  it('refuses an absolute path the session was not given, and accepts one it was', () => {
    const refused = resolveProjectPath('/etc/shadow', 'lyncStateFile', grant('/work/acme/acme.s2s.json'), posix);
    expect(refused).toMatchObject({ ok: false, error: { code: 'project-path.not-granted', subject: 'lyncStateFile' } });
    expect(resolveProjectPath('/srv/pki/ca.cer', 'trustedCaFiles[0]', grant('/work/acme/acme.s2s.json', ['/srv/pki/ca.cer']), posix)).toEqual({ ok: true, value: '/srv/pki/ca.cer' });
    // A never-saved project reads only what the user chose.
    expect(resolveProjectPath('/srv/pki/ca.cer', 'trustedCaFiles[0]', grant(null, ['/srv/pki/ca.cer']), posix)).toEqual({ ok: true, value: '/srv/pki/ca.cer' });
    expect(resolveProjectPath('/srv/pki/other.cer', 'trustedCaFiles[1]', grant(null, ['/srv/pki/ca.cer']), posix).ok).toBe(false);
  });

  it('accepts an approved file outside the folder also when the project names it relatively', () => {
    expect(resolveProjectPath('../shared/ca.cer', 'trustedCaFiles[0]', grant('/work/acme/acme.s2s.json', ['/work/shared/ca.cer']), posix)).toEqual({ ok: true, value: '/work/shared/ca.cer' });
  });

  it('asks to save first for a relative path of a project never saved', () => {
    expect(resolveProjectPath('oauth.pfx', 'certificates.oauthIssuer', grant(null), posix)).toMatchObject({ ok: false, error: { code: 'project-path.unsaved', subject: 'certificates.oauthIssuer' } });
  });

  it('on Windows compares case-insensitively and treats another drive as outside', () => {
    const file = 'C:\\Projects\\Acme\\acme.s2s.json';
    expect(resolveProjectPath('C:\\PKI\\CA.cer', 'trustedCaFiles[0]', grant(file, ['c:\\pki\\ca.cer'], win32), win32)).toEqual({ ok: true, value: 'C:\\PKI\\CA.cer' });
    expect(resolveProjectPath('D:\\Projects\\Acme\\x.cer', 'trustedCaFiles[0]', grant(file, [], win32), win32).ok).toBe(false);
    expect(resolveProjectPath('certs\\oauth.pfx', 'certificates.oauthIssuer', grant(file, [], win32), win32)).toEqual({ ok: true, value: 'C:\\Projects\\Acme\\certs\\oauth.pfx' });
    expect(resolveProjectPath('..\\..\\Windows\\win.ini', 'certificates.oauthIssuer', grant(file, [], win32), win32).ok).toBe(false);
  });
});

describe('recordedPath', () => {
  it('records a chosen file relative to the project file when inside its folder, else absolute', () => {
    expect(recordedPath('/work/acme/certs/a.cer', '/work/acme/acme.s2s.json', posix)).toBe('certs/a.cer');
    expect(recordedPath('/srv/pki/a.cer', '/work/acme/acme.s2s.json', posix)).toBe('/srv/pki/a.cer');
    expect(recordedPath('/srv/pki/a.cer', null, posix)).toBe('/srv/pki/a.cer');
  });
});

describe('the paths a project names', () => {
  const project = {
    ...emptyProject(),
    certificates: { oauthIssuer: 'certs/oauth.pfx', exchangeAuth: '/srv/pki/auth.cer' },
    trustedCaFiles: ['ca.cer', '../outside.cer'],
    lyncMetadataFile: 'lync-metadata.json',
    exchangeStateFile: 'state/exchange.json',
  };

  it('lists every path field with its dotted name', () => {
    expect(namedPaths(project).map((n) => n.field)).toEqual([
      'certificates.oauthIssuer',
      'certificates.exchangeAuth',
      'trustedCaFiles[0]',
      'trustedCaFiles[1]',
      'lyncMetadataFile',
      'exchangeStateFile',
    ]);
  });

  it('grants what an opened project file names, resolved against that file', () => {
    expect(pathsNamedBy(project, '/work/acme/acme.s2s.json', posix)).toContain('/work/outside.cer');
    expect(pathsNamedBy(project, '/work/acme/acme.s2s.json', posix)).toContain('/srv/pki/auth.cer');
  });

  it('rebases the paths for Save As into another folder, keeping what does not resolve as written', () => {
    const before = grant('/work/acme/acme.s2s.json', ['/srv/pki/auth.cer']);
    const moved = rebaseProjectPaths(project, before, '/work/acme/archive/acme.s2s.json', posix);
    expect(moved.certificates).toEqual({ oauthIssuer: '/work/acme/certs/oauth.pfx', exchangeAuth: '/srv/pki/auth.cer' });
    expect(moved.trustedCaFiles).toEqual(['/work/acme/ca.cer', '../outside.cer']);
    expect(moved.lyncMetadataFile).toBe('/work/acme/lync-metadata.json');
    const down = rebaseProjectPaths(project, before, '/work/acme.s2s.json', posix);
    expect(down.certificates.oauthIssuer).toBe('acme/certs/oauth.pfx');
    expect(resolvablePaths(project, before, posix)).not.toContain('/work/outside.cer');
    expect(resolvablePaths(project, before, posix)).toContain('/work/acme/certs/oauth.pfx');
  });
});
