import { en } from './en';
import { ko } from './ko';

type Catalogue = Record<string, string>;

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** Every way two translations of the same catalogue disagree: keys in one only, and differing {param} sets. */
function differences(a: Catalogue, b: Catalogue): string[] {
  const found: string[] = [];
  for (const key of Object.keys(a)) if (!(key in b)) found.push(`${key}: only in the first`);
  for (const key of Object.keys(b)) if (!(key in a)) found.push(`${key}: only in the second`);
  for (const key of Object.keys(a)) {
    const other = b[key];
    if (other === undefined) continue;
    const left = placeholders(a[key] ?? '').join(',');
    const right = placeholders(other).join(',');
    if (left !== right) found.push(`${key}: {${left}} against {${right}}`);
  }
  return found;
}

describe('the English and Korean catalogues', () => {
  it('have the same keys and the same {param} placeholders in every message', () => {
    expect(differences(en, ko)).toEqual([]);
  });

  it('leave no Korean message empty or still in English (apart from names that stay as they are)', () => {
    const unchanged = new Set(['app.name', 'metadata.side.exchange', 'metadata.keys.x5t', 'verify.stateSide.exchange', 'verify.stateSide.lync', 'field.exchangeInstallPath.placeholder', 'field.exchangeEwsUrl.label']);
    const untranslated = Object.keys(en).filter((key) => !unchanged.has(key) && ko[key as keyof typeof ko] === en[key as keyof typeof en]);
    expect(untranslated).toEqual([]);
    expect(Object.entries(ko).filter(([, message]) => message.trim() === '')).toEqual([]);
  });

  it('are compared by a check that does report a missing key and a changed placeholder', () => {
    expect(differences({ 'a.b': 'Saved to {path}', 'a.c': 'x' }, { 'a.b': '{file}에 저장했습니다.' })).toEqual(['a.c: only in the first', 'a.b: {path} against {file}']);
    expect(differences({}, { 'a.d': 'y' })).toEqual(['a.d: only in the second']);
  });

  it('use the terms of Microsoft’s Korean Lync Server 2013 documentation', () => {
    expect(ko['verify.intro']).toContain('대화 내용 폴더');
    expect(ko['verify.intro']).toContain('서버 간 인증');
    expect(ko['scripts.intro.exchange']).toContain('파트너 응용 프로그램');
    expect(ko['scripts.intro.exchange']).toContain('Exchange 관리 셸');
    expect(ko['metadata.intro']).toContain('인증 메타 데이터 문서');
  });

  it('keep command text, cmdlet and file names as they are', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const tokens = en[key].match(/\b(?:[A-Z][a-z]+-[A-Za-z]+|\d\d-[a-z-]+\.ps1|-[A-Z][A-Za-z]+)\b/g) ?? [];
      for (const token of tokens) expect(ko[key], key).toContain(token);
    }
  });
});
