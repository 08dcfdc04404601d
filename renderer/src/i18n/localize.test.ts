/**
 * Core's text in Korean: the Korean catalogue against core's English one (every id and message in both, the same
 * placeholders, commands kept), and real findings from core rendered in Korean with their values unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diagnoseContextOf } from '../../../electron/core/diagnose/diagnose-context';
import { diagnoseText } from '../../../electron/core/diagnose/diagnose';
import { findingCatalogue, type Finding } from '../../../electron/core/findings';
import { errorMessages as englishErrorMessages, findingMessages as englishFindingMessages, msg, scriptTextMessages as englishScriptTexts } from '../../../electron/core/message-catalogue';
import { fail, type AppError } from '../../../electron/core/result';
import type { Message, MessageValue } from '../../../electron/core/messages';
import { emptyProject } from '../../../electron/core/model/project';
import { validateProject } from '../../../electron/core/model/validate-project';
import { generateBundle } from '../../../electron/core/powershell/bundle';
import { httpsFetch } from '../../../electron/core/net/https-client';
import { checkStateBytes } from '../../../electron/core/state/import-state';
import { exampleProject } from '../../../tests/helpers/example-project';
import { preferencesStore } from '../preferences/preferences-store';
import { localizeError, localizeFinding, localizeMessage } from './localize';
import { errorMessages } from './ko/errors';
import { findingMessages, findingTitles } from './ko/findings';
import { scriptTexts } from './ko/script-texts';

type Catalogue = Readonly<Record<string, string>>;

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort().join(',');

/** Every way a translation disagrees with core's English: keys in one only, and differing {param} sets. */
function differences(english: Catalogue, translated: Catalogue): string[] {
  const found: string[] = [];
  for (const key of Object.keys(english)) if (!(key in translated)) found.push(`${key}: missing`);
  for (const key of Object.keys(translated)) if (!(key in english)) found.push(`${key}: not in core`);
  for (const [key, template] of Object.entries(english)) {
    const other = translated[key];
    if (other !== undefined && placeholders(template) !== placeholders(other)) found.push(`${key}: {${placeholders(template)}} against {${placeholders(other)}}`);
  }
  return found;
}

/** Cmdlets, parameters and script names: what must appear in a translation exactly as in the English. */
const commandTokens = (template: string) => template.match(/\b(?:[A-Z][a-z]+-[A-Z][A-Za-z]+|\d\d-[a-z-]+\.ps1|-[A-Z][A-Za-z]+)\b/g) ?? [];

const english = { ...englishFindingMessages, ...englishScriptTexts, ...englishErrorMessages };
const korean = { ...findingMessages, ...scriptTexts, ...errorMessages };
/** A template that is nothing but placeholders (a fix that is only commands): the same in every language. */
const bare = (template: string) => template.replace(/\{\w+\}/g, '').replace(/[\s:]/g, '') === '';

afterEach(() => preferencesStore.getState().setLanguage('en'));

describe('the Korean catalogue of core’s text', () => {
  it('has a title for every finding id of core’s catalogue, and none for an id core does not have', () => {
    expect(differences(findingCatalogue, findingTitles)).toEqual([]);
  });

  it('has every detail, fix and script text template of core, with the same {placeholders}', () => {
    expect(differences(englishFindingMessages, findingMessages)).toEqual([]);
    expect(differences(englishScriptTexts, scriptTexts)).toEqual([]);
  });

  it('has every error template of core, with the same {placeholders}', () => {
    expect(differences(englishErrorMessages, errorMessages)).toEqual([]);
  });

  it('is compared by a check that reports a missing id, an extra one and a changed placeholder', () => {
    expect(differences({ 'a.b': 'Use {url}', 'a.c': 'x' }, { 'a.b': '{link}을(를) 사용하십시오.', 'a.d': 'y' })).toEqual(['a.c: missing', 'a.d: not in core', 'a.b: {url} against {link}']);
  });

  it('is Korean: no title or template is left in English, apart from names and bare placeholders', () => {
    // Names, and errors that are only values (a file name and the parser's own words; a field and its finding).
    const names = new Set(['metadata.role.exchange', 'metadata.realm-mismatch.open.star', 'script.title.runbook', 'error.cert.pem-broken', 'error.script.invalid-project']);
    const untranslated = Object.keys(english).filter((key) => !names.has(key) && !bare(english[key as keyof typeof english]) && korean[key as keyof typeof korean] === english[key as keyof typeof english]);
    expect(untranslated).toEqual([]);
    expect(Object.keys(findingTitles).filter((id) => !/[가-힣]/.test(findingTitles[id as keyof typeof findingTitles]))).toEqual([]);
  });

  it('keeps every cmdlet, parameter and script name of the English exactly', () => {
    const lost = Object.entries(english).flatMap(([key, template]) =>
      commandTokens(template)
        .filter((token) => !korean[key as keyof typeof korean].includes(token))
        .map((token) => `${key}: ${token}`),
    );
    expect(lost).toEqual([]);
  });

  it('uses the terms of Microsoft’s Korean Lync Server 2013 documentation', () => {
    expect(findingMessages['exchange.does-not-trust-lync.why.absent']).toContain('파트너 응용 프로그램');
    expect(findingMessages['cert.expired.detail.signing']).toContain('서버 간 인증');
    expect(findingMessages['state.no-exchange-partner.fix']).toContain('Lync Server 관리 셸');
    expect(findingMessages['diag.autodiscover-failed.detail']).toContain('자동 검색');
    expect(findingTitles['state.wildcard-accepted-domain']).toContain('허용 도메인');
  });
});

/** Every text value of a message, however deep: what must reach the translation unchanged. */
function textValues(message: Message): string[] {
  const of = (value: MessageValue): string[] => {
    if (typeof value === 'string') return value === '' ? [] : [value];
    if (typeof value === 'number') return [];
    if ('key' in value) return textValues(value);
    if ('list' in value) return value.list.flatMap(of);
    return [];
  };
  return Object.values(message.params ?? {}).flatMap(of);
}

/** Real findings from core: every diagnosis fixture, every state fixture, and a project with bad values. */
function coreFindings(): Finding[] {
  const fixtures = join(process.cwd(), 'tests/fixtures');
  const project = exampleProject();
  const context = diagnoseContextOf(project);
  const outputs = readdirSync(join(fixtures, 'diagnose'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => readdirSync(join(fixtures, 'diagnose', entry.name)).map((file) => join(fixtures, 'diagnose', entry.name, file)));
  const diagnosed = outputs.flatMap((path) => diagnoseText(readFileSync(path, 'utf8'), context).findings);
  const states = readdirSync(join(fixtures, 'state'))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const bytes = readFileSync(join(fixtures, 'state', name));
      const checked = checkStateBytes(new Uint8Array(bytes), bytes.length, name, null, context, new Date('2026-11-26T09:00:00Z'));
      return checked.ok ? checked.value.findings : [];
    });
  const invalid = validateProject({
    ...emptyProject(),
    sipDomain: 'litwareinc',
    lyncPoolFqdn: 'atl-cs-001..litwareinc.com',
    exchangeAutodiscoverFqdn: '10.0.0.1',
    testUserSipUri: 'sip:ken myer@litwareinc.com',
    exchangeMetadataUrl: 'https://autodiscover.litwareinc.com/metadata/json/1',
    lyncMetadataUrl: 'http://atl-cs-001.litwareinc.com/metadata/json/1',
    exchangeInstallPath: 'Exchange\\V15',
  });
  return [...diagnosed, ...states, ...invalid];
}

describe('findings from core, in Korean', () => {
  const findings = coreFindings();

  it('cover the diagnosis, the state checks and the project checks', () => {
    const areas = new Set(findings.map((f) => f.id.split('.')[0]));
    expect([...areas].sort()).toEqual(['diag', 'project', 'state']);
    expect(new Set(findings.map((f) => f.id)).size).toBeGreaterThanOrEqual(30);
  });

  it('read in Korean, every placeholder filled, every value (commands, names, URLs) exactly as core gave it', () => {
    preferencesStore.getState().setLanguage('ko');
    for (const finding of findings) {
      const shown = localizeFinding(finding);
      expect(shown.title, finding.id).toBe(findingTitles[finding.id]);
      for (const [part, message] of [
        ['detail', finding.text.detail],
        ['fix', finding.text.fix],
      ] as const) {
        if (message === undefined) continue;
        const text = shown[part] ?? '';
        if (!bare(korean[message.key as keyof typeof korean])) expect(text, `${finding.id} ${part}`).toMatch(/[가-힣]/);
        expect(text, `${finding.id} ${part}`).not.toMatch(/\{\w+\}/);
        for (const value of textValues(message)) expect(text, `${finding.id} ${part}`).toContain(value);
      }
    }
  });

  it('keep every command line of a fix intact, each still on a line of its own', () => {
    preferencesStore.getState().setLanguage('ko');
    const multiLine = findings.filter((f) => (f.fix ?? '').includes('\n'));
    expect(multiLine.length).toBeGreaterThan(10);
    for (const finding of multiLine) {
      const koreanLines = new Set((localizeFinding(finding).fix ?? '').split('\n'));
      const commands = (finding.fix ?? '').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
      for (const command of commands) expect(koreanLines.has(command), `${finding.id}: ${command}`).toBe(true);
    }
  });

  it('read as core wrote them in English', () => {
    for (const finding of findings) {
      expect(localizeFinding(finding)).toEqual({ title: finding.title, detail: finding.detail, ...(finding.fix === undefined ? {} : { fix: finding.fix }) });
    }
  });
});

describe('values in Korean', () => {
  it('writes counts with the locale’s grouping and dates the Korean way, in UTC for a calendar date', () => {
    const detail = msg('state.auth-certificate-expires-soon.detail.uncovered', {
      thumbprint: '0123456789ABCDEF0123456789ABCDEF01234567',
      notAfter: { day: '2026-12-01' },
      days: 1234,
    });
    preferencesStore.getState().setLanguage('ko');
    expect(localizeMessage(detail, 'English')).toBe(
      'Exchange 인증 인증서 0123456789ABCDEF0123456789ABCDEF01234567이(가) 2026. 12. 1.에 만료됩니다(1,234일 후). 넘겨받을 다음 인증서가 준비되어 있지 않습니다.',
    );
    preferencesStore.getState().setLanguage('en');
    expect(localizeMessage(detail, 'English')).toBe('English');
  });

  it('writes an instant with its time, and keeps a list’s items with a translated separator', () => {
    preferencesStore.getState().setLanguage('ko');
    const instant = new Date(2026, 2, 5, 14, 7, 9).toISOString();
    const expired = localizeMessage(msg('cert.expired.detail.tls', { what: msg('cert.role.tls'), notAfter: { instant }, days: 3 }), '');
    expect(expired).toMatch(/^TLS 인증서이\(가\) 2026\. 3\. 5\. \S+ 2:07:09에 만료되었습니다\(3일 전\)\./);
    const signs = localizeMessage(
      msg('metadata.key-mismatch.detail.server', { published: 'keys[0]', source: 'exchange-state.json', thumbprints: { list: ['AAA', 'BBB'], separator: msg('metadata.list.or') } }),
      '',
    );
    expect(signs).toContain('AAA 또는 BBB');
  });
});

describe('the scripts’ titles and block summaries in Korean', () => {
  it('are there for every file and block of a real bundle, while the scripts stay English', () => {
    const bundle = generateBundle({ project: exampleProject(), projectFileName: 'litware.s2s.json', toolVersion: '0.0.0-test', now: new Date('2026-01-01T00:00:00Z'), exchangeAuthCertificate: null });
    if (!bundle.ok) throw new Error(bundle.error.message);
    preferencesStore.getState().setLanguage('ko');
    for (const file of bundle.value.files) {
      expect(localizeMessage(file.titleText, file.title), file.path).toMatch(/[가-힣]|^Runbook$/);
      for (const block of file.blocks) {
        expect(localizeMessage(block.summaryText, block.summary), file.path).toMatch(/[가-힣]/);
        expect(file.text).toContain(`# --- ${block.summary.split(' ').slice(0, 4).join(' ')}`);
      }
      expect(file.text).not.toMatch(/[가-힣]/);
    }
  });
});

describe('errors in Korean', () => {
  const errorOf = (result: ReturnType<typeof fail>): AppError => {
    if (result.ok) throw new Error('not an error');
    return result.error;
  };

  it('render the message of an error with its values intact, nested errors included', () => {
    const inner = errorOf(fail('verify.unreadable', msg('error.verify.unreadable', { path: 'C:\\S2S\\out.txt', reason: msg('error.reason.missing') }), 'C:\\S2S\\out.txt'));
    const outer = errorOf(fail(inner.code, msg('error.in-field', { field: 'lyncStateFile', error: inner.text ?? inner.message })));
    expect(outer.message).toBe('lyncStateFile: Cannot read C:\\S2S\\out.txt: it does not exist.');
    preferencesStore.getState().setLanguage('ko');
    expect(localizeError(outer)).toBe('lyncStateFile: C:\\S2S\\out.txt을(를) 읽을 수 없습니다: 파일이 없습니다.');
  });

  it('show the English as it is, and an error without a message (CLI only, or the renderer’s own) as it is in any language', () => {
    const error = errorOf(fail('docs.open-failed', msg('error.docs.open-failed', { url: 'https://learn.microsoft.com/x', error: 'no default browser' })));
    expect(localizeError(error)).toBe('The browser could not be opened for https://learn.microsoft.com/x: no default browser');
    preferencesStore.getState().setLanguage('ko');
    expect(localizeError(error)).toBe('https://learn.microsoft.com/x에 대한 브라우저를 열 수 없습니다: no default browser');
    expect(localizeError({ code: 'renderer.failed', message: 'Plain English' })).toBe('Plain English');
  });

  it('include the HTTPS client’s refusals, nested reasons and the URL intact', async () => {
    const refused = await httpsFetch({ url: 'http://atl-cs-001.litwareinc.com/metadata/json/1', ca: [] }, { request: () => { throw new Error('no request is made for http'); }, now: () => 0 });
    if (refused.ok) throw new Error('http was fetched');
    expect(refused.error.message).toBe('http://atl-cs-001.litwareinc.com/metadata/json/1 was not fetched: only https:// URLs are (a metadata document carries the keys that sign tokens; over http anyone on the way could replace them).');
    const refusal = { ...refused.error, text: msg('error.net.untrusted', { endpoint: 'atl-cs-001.litwareinc.com:443', reason: msg('error.net.rejection.with-cause', { reason: msg('error.net.rejection.expired'), cause: 'certificate has expired' }) }) };
    preferencesStore.getState().setLanguage('ko');
    expect(localizeError(refused.error)).toMatch(/^http:\/\/atl-cs-001\.litwareinc\.com\/metadata\/json\/1을\(를\) 가져오지 않았습니다\./);
    expect(localizeError(refusal)).toBe('atl-cs-001.litwareinc.com:443이(가) 제시한 인증서를 거부했습니다: 만료되었습니다(certificate has expired).');
  });

  it('name the field and the failed finding, translated, when the bundle is refused for an invalid project', () => {
    const refused = generateBundle({ project: { ...exampleProject(), lyncPoolFqdn: 'atl-cs-001..litwareinc.com' }, projectFileName: 'litware.s2s.json', toolVersion: '0.0.0-test', now: new Date('2026-01-01T00:00:00Z'), exchangeAuthCertificate: null });
    if (refused.ok) throw new Error('the bundle was not refused');
    expect(refused.error.message).toMatch(/^lyncPoolFqdn: Not a valid fully qualified domain name\. /);
    preferencesStore.getState().setLanguage('ko');
    const shown = localizeError(refused.error);
    expect(shown).toMatch(new RegExp(`^lyncPoolFqdn: ${findingTitles['project.invalid-fqdn'].replace(/[()]/g, '\\$&')}\\. `));
    expect(shown).toContain('atl-cs-001..litwareinc.com');
    expect(shown).not.toMatch(/\{\w+\}/);
  });
});
