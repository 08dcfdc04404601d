import { checkFqdn, checkWindowsPath, parseHttpsUrl, parseSipUri } from './values.js';

describe('checkFqdn', () => {
  it.each(['atl-cs-001.litwareinc.com', 'autodiscover.litwareinc.com', 'a.b', 'xn--9n2bp8q.xn--3e0b707e'])('accepts %s', (name) => {
    expect(checkFqdn(name)).toEqual({ ok: true });
  });

  it.each([
    ['', 'empty'],
    ['atl cs 001', 'blank'],
    ['atl-cs-001', 'single label'],
    ['atl..litwareinc.com', 'empty label'],
    ['-atl.litwareinc.com', "label '-atl'"],
    ['atl.litwareinc.com.', 'ends with a dot'],
    ['10.0.0.1', 'IP address'],
    ['서버.litwareinc.com', 'outside ASCII'],
    [`${'a'.repeat(64)}.com`, 'at most 63'],
    [`${'a.'.repeat(127)}com`, 'longer than 253'],
    ["atl'cs.litwareinc.com", "label 'atl'cs'"],
  ])('refuses %j (%s)', (name, reason) => {
    const check = checkFqdn(name);
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toContain(reason);
  });
});

describe('parseSipUri', () => {
  it('splits user and domain, scheme case-insensitive', () => {
    expect(parseSipUri('SIP:kenmyer@litwareinc.com')).toEqual({ ok: true, uri: { user: 'kenmyer', domain: 'litwareinc.com' } });
    expect(parseSipUri("sip:o'brien@litwareinc.com").ok).toBe(true);
  });

  it.each(['kenmyer@litwareinc.com', 'sip:@litwareinc.com', 'sip:ken myer@litwareinc.com', 'sip:ken$(calc)@litwareinc.com', 'sip:ken@litware', 'sips:ken@litwareinc.com'])(
    'refuses %j',
    (uri) => expect(parseSipUri(uri).ok).toBe(false),
  );
});

describe('parseHttpsUrl', () => {
  it('accepts an https URL with a fully qualified host and a port', () => {
    const parsed = parseHttpsUrl('https://atl-cs-001.litwareinc.com:4443/metadata/json/1');
    expect(parsed.ok && parsed.url.port).toBe('4443');
  });

  it.each([
    ['http://atl-cs-001.litwareinc.com/metadata/json/1', 'only https'],
    ['https://user:pw@atl-cs-001.litwareinc.com/', 'user name or password'],
    ['https://atl-cs-001.litwareinc.com/x?y=1', 'query'],
    ['https://atl-cs-001/metadata/json/1', 'single label'],
    ['atl-cs-001.litwareinc.com/metadata', 'not an absolute URL'],
    ['https://atl-cs-001.litwareinc.com/a b', 'blank'],
  ])('refuses %s (%s)', (url, reason) => {
    const parsed = parseHttpsUrl(url);
    expect(parsed.ok ? '' : parsed.reason).toContain(reason);
  });
});

describe('checkWindowsPath', () => {
  it('accepts a local absolute path', () => {
    expect(checkWindowsPath('D:\\Program Files\\Microsoft\\Exchange Server\\V15').ok).toBe(true);
  });

  it.each(['\\\\server\\share', 'Exchange\\V15', 'C:\\a\\..\\b', 'C:\\a\nb', 'C:\\a"b', 'C:\\a\u2028b'])('refuses %j', (path) => {
    expect(checkWindowsPath(path).ok).toBe(false);
  });
});
