/**
 * Hostile values in every project field: each is refused with a message naming the field, or it stays inside one
 * literal, so that the scripts parse and call exactly the commands (with exactly the parameters) of the clean bundle.
 */
import { exampleProject } from '../../../tests/helpers/example-project.js';
import { parsePowerShell } from '../../../tests/helpers/powershell-grammar.js';
import type { Project } from '../model/project.js';
import { generateBundle, type Bundle } from './bundle.js';
import type { Result } from '../result.js';

const now = new Date('2026-11-26T09:00:00Z');

const hostile: Record<string, string> = {
  'single quote': "x'y",
  'left single quote': 'x\u2018y',
  'right single quote': 'x\u2019y',
  'low single quote': 'x\u201Ay',
  'reversed single quote': 'x\u201By',
  'double quote': 'x"y',
  'typographic double quotes': 'x\u201Cy\u201D\u201E',
  backtick: 'x`y',
  'subexpression': 'x$(Stop-Computer)y',
  semicolon: 'x; Stop-Computer; y',
  pipe: 'x | Stop-Computer',
  ampersand: 'x & Stop-Computer',
  'carriage return': 'x\rStop-Computer',
  'line feed': 'x\nStop-Computer',
  'line separator': 'x\u2028Stop-Computer',
  nul: 'x\u0000y',
  'block comment': 'x <# y #> z',
  '100 kB': 'a'.repeat(100 * 1024),
  Korean: '교환서버',
  emoji: 'mail📧box',
  'all of them': "'\u2018\u2019\u201A\u201B\"`$(Stop-Computer);|&\r\n\u2028<#",
};

/** Where each value goes: a field of the project, as a whole value or inside a plausible one. */
const fields: Array<[string, (value: string) => Partial<Project>]> = [
  ['sipDomain', (v) => ({ sipDomain: v })],
  ['realm', (v) => ({ realm: v })],
  ['lyncPoolFqdn', (v) => ({ lyncPoolFqdn: `atl-cs-001.${v}.com` })],
  ['exchangeAutodiscoverFqdn', (v) => ({ exchangeAutodiscoverFqdn: v })],
  ['exchangeServers[0]', (v) => ({ exchangeServers: [v] })],
  ['exchangeInstallPath', (v) => ({ exchangeInstallPath: `D:\\Exchange ${v}\\V15` })],
  ['testUserSipUri', (v) => ({ testUserSipUri: `sip:ken${v}@litwareinc.com` })],
  ['lyncMetadataUrl', (v) => ({ lyncMetadataUrl: `https://atl-cs-001.litwareinc.com/metadata/json/1${v}` })],
  ['exchangeMetadataUrl', (v) => ({ exchangeMetadataUrl: `https://autodiscover.litwareinc.com/autodiscover/metadata/json/1${v}` })],
  ['exchangeEwsUrl', (v) => ({ exchangeEwsUrl: `https://autodiscover.litwareinc.com/EWS/${v}` })],
  ['lyncMetadataFile', (v) => ({ lyncMetadataFile: v })],
  ['exchangeMetadataFile', (v) => ({ exchangeMetadataFile: v })],
  ['exchangeStateFile', (v) => ({ exchangeStateFile: v })],
  ['lyncStateFile', (v) => ({ lyncStateFile: v })],
  ['certificates.oauthIssuer', (v) => ({ certificates: { oauthIssuer: v, exchangeAuth: null } })],
  ['trustedCaFiles[0]', (v) => ({ trustedCaFiles: [v] })],
  ['an unknown field', (v) => ({ notes: v })],
];

const options = { archiving: true, unifiedContactStore: true, trustAnySslCertificate: true, lyncTrustsExchangeBy: 'metadata' as const };

function generate(patch: Partial<Project>, projectFileName = 'litwareinc.s2s.json'): Result<Bundle> {
  return generateBundle({ project: exampleProject(patch, options), projectFileName, toolVersion: '0.1.0', now, exchangeAuthCertificate: null });
}

const clean = generate({});
if (!clean.ok) throw new Error(clean.error.message);
const cleanFiles = new Map(clean.value.files.map((f) => [f.path, f.text]));
const commandLists = new Map<string, string>();

async function commandListOf(path: string, text: string): Promise<string> {
  const parsed = await parsePowerShell(text);
  expect(parsed.problems, path).toEqual([]);
  return JSON.stringify(parsed.commands.map((c) => [c.name, c.parameters]));
}

async function cleanCommandList(path: string): Promise<string> {
  if (!commandLists.has(path)) commandLists.set(path, await commandListOf(path, cleanFiles.get(path) as string));
  return commandLists.get(path) as string;
}

/** Refused naming the field, or every script calls the same commands as the clean bundle. */
async function expectSafe(result: Result<Bundle>, field: string): Promise<'refused' | 'kept in a literal'> {
  if (!result.ok) {
    expect(result.error.subject).toBe(field);
    expect(result.error.message).toContain(field);
    return 'refused';
  }
  expect(result.value.files.map((f) => f.path)).toEqual([...cleanFiles.keys()]);
  for (const file of result.value.files) {
    if (file.kind !== 'powershell' || file.text === cleanFiles.get(file.path)) continue;
    expect(await commandListOf(file.path, file.text), `${field} in ${file.path}`).toBe(await cleanCommandList(file.path));
  }
  return 'kept in a literal';
}

describe.each(fields)('hostile values in %s', (field, place) => {
  it.each(Object.entries(hostile))('%s: refused naming the field, or kept inside one literal', async (_name, value) => {
    await expectSafe(generate(place(value)), field);
  });
});

describe('hostile values in the project file name (it names the project in every header)', () => {
  it.each(Object.entries(hostile))('%s', async (name, value) => {
    const outcome = await expectSafe(generate({}, `${value}.s2s.json`), 'project file name');
    expect(outcome).toBe(/carriage|line|nul|100 kB|all of them/.test(name) ? 'refused' : 'kept in a literal');
  });
});

describe('what the hostile values show about each kind of field', () => {
  it('keeps a quote-laden install path inside its literal, and writes a non-ASCII one as base64', async () => {
    const quoted = generate({ exchangeInstallPath: "D:\\Exchange's $(Stop-Computer); `x\\V15" });
    expect(await expectSafe(quoted, 'exchangeInstallPath')).toBe('kept in a literal');
    if (!quoted.ok) return;
    const script = quoted.value.files.find((f) => f.path === '01-exchange-trust-lync.ps1')?.text ?? '';
    expect(script).toContain("$exchangeScripts = Join-Path 'D:\\Exchange''s $(Stop-Computer); `x\\V15' 'Scripts'");
    const typographic = generate({ exchangeInstallPath: 'D:\\Exchange\u2019s\\V15' });
    expect(await expectSafe(typographic, 'exchangeInstallPath')).toBe('kept in a literal');
    const base64 = Buffer.from('D:\\Exchange\u2019s\\V15', 'utf8').toString('base64');
    expect(typographic.ok && typographic.value.files[2]?.text).toContain(`FromBase64String('${base64}')`);
  });

  it('refuses a name that is not a host name, naming the field', () => {
    expect(generate({ lyncPoolFqdn: "atl-cs-001.litwareinc.com'; Stop-Computer; '" })).toMatchObject({ ok: false, error: { subject: 'lyncPoolFqdn' } });
    expect(generate({ exchangeServers: ['atl-exchange-001.litwareinc.com', 'x\ny.com'] })).toMatchObject({ ok: false, error: { subject: 'exchangeServers[1]' } });
  });
});
