/**
 * electron-builder.yml, checked offline with electron-builder's own loader and schema validation (the same
 * `getConfig` + `validateConfiguration` that `electron-builder` runs before it packages anything).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import type { Configuration, TargetConfiguration } from 'electron-builder';

const root = resolve(import.meta.dirname, '../..');
const configFile = join(root, 'electron-builder.yml');

const load = (projectDir: string, file: string | null = null) => getConfig(projectDir, file, null);
const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

function targetNames(target: unknown): string[] {
  const list = Array.isArray(target) ? target : target == null ? [] : [target];
  return list.map((t: string | TargetConfiguration) => (typeof t === 'string' ? t : t.target));
}

/** The patterns of `files`, which getConfig normalises to [{ filter: [...] }]. */
function filePatterns(files: Configuration['files']): string[] {
  const sets = Array.isArray(files) ? files : files == null ? [] : [files];
  return sets.flatMap((set) => {
    if (typeof set === 'string') return [set];
    const filter = set.filter ?? [];
    return Array.isArray(filter) ? filter : [filter];
  });
}

/** Every string value under a key that ends in "icon" (win.icon, nsis.installerIcon, …), with its path. */
function iconPaths(value: unknown, path = ''): Array<[string, string]> {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]): Array<[string, string]> => {
    const here = path ? `${path}.${key}` : key;
    if (/icon$/i.test(key) && typeof child === 'string') return [[here, child]];
    return iconPaths(child, here);
  });
}

/** Loads a copy of electron-builder.yml in which `from` is replaced by `to`. */
async function loadEditedCopy(from: string, to: string): Promise<Configuration> {
  const text = readFileSync(configFile, 'utf8');
  expect(text).toContain(from);
  const dir = mkdtempSync(join(tmpdir(), 's2s-builder-config-'));
  try {
    const copy = join(dir, 'electron-builder.yml');
    writeFileSync(copy, text.replace(from, to));
    return await load(root, copy);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('electron-builder.yml', () => {
  it('is the configuration electron-builder finds (package.json has no "build" key that would win)', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg).not.toHaveProperty('build');
    expect(pkg.main).toBe('out/main/index.js');
    expect(existsSync(configFile)).toBe(true);
  });

  it("passes electron-builder's own schema validation", async () => {
    const config = await load(root);
    await expect(validate(config)).resolves.toBeUndefined();
  });

  it('names the app, its folders and what goes into app.asar', async () => {
    const config = await load(root);
    expect(config.appId).toBe('com.s2swizard.app');
    expect(config.productName).toBe('s2s-wizard');
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'assets' });
    expect(config.asar).toBe(true);
    const patterns = filePatterns(config.files);
    expect(patterns).toEqual(expect.arrayContaining(['out/**', 'package.json', '!**/*.map']));
    expect(patterns.some((pattern) => pattern.startsWith('!') && /test/.test(pattern))).toBe(true);
    // Nothing outside the build output, package.json and the window icon.
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included.sort()).toEqual(['assets/icon.png', 'out/**', 'package.json']);
  });

  it('builds nsis + portable for Windows, AppImage + deb for Linux, dmg for macOS', async () => {
    const config = await load(root);
    expect(targetNames(config.win?.target).sort()).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux?.target).sort()).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
    expect(['Network', 'System']).toContain(config.linux?.category);
    expect(config.linux?.maintainer).toEqual(expect.any(String));
    expect(config.linux?.maintainer?.trim()).not.toBe('');
  });

  it('sets every Electron fuse of design.md §7', async () => {
    const config = await load(root);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names icon files that exist, in the formats each platform needs', async () => {
    const config = await load(root);
    expect(config.win?.icon).toBe('assets/icon.ico');
    expect(config.linux?.icon).toBe('assets/icon.png');
    expect(config.mac?.icon).toMatch(/^assets\/icon\.(icns|png)$/);
    const named = iconPaths(config);
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const [key, file] of named) expect(existsSync(join(root, file)), `${key}: ${file}`).toBe(true);

    const png = readFileSync(join(root, 'assets/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);

    const ico = readFileSync(join(root, 'assets/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, n) => ico[6 + n * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([256, 48, 32, 16]));

    if (config.mac?.icon?.endsWith('.icns')) {
      const icns = readFileSync(join(root, config.mac.icon));
      expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
    }
  });

  it('the same validation rejects a copy with a misspelled top-level key', async () => {
    const config = await loadEditedCopy('\nelectronFuses:', '\nelectronFuse:');
    await expect(validate(config)).rejects.toThrow(/electronFuse\b/);
  });

  it('the same validation rejects a copy with a misspelled fuse name', async () => {
    const config = await loadEditedCopy('onlyLoadAppFromAsar:', 'onlyLoadAppFromAsr:');
    // ajv reports the failed branch at its parent: electronFuses is neither FuseOptionsV1 nor null.
    await expect(validate(config)).rejects.toThrow(/configuration\.electronFuses\b/);
  });
});
