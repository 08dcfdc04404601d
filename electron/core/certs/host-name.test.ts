import { certificateNamesHost } from './host-name.js';

const facts = (subjectAlternativeNames: string[], subjectCommonName: string | null = null) => ({ subjectAlternativeNames, subjectCommonName });

describe('certificateNamesHost', () => {
  it('matches DNS SANs without regard to case or a trailing dot', () => {
    expect(certificateNamesHost(facts(['Autodiscover.Litwareinc.com']), 'autodiscover.litwareinc.com.')).toBe(true);
    expect(certificateNamesHost(facts(['mail.litwareinc.com']), 'autodiscover.litwareinc.com')).toBe(false);
  });

  it('lets a wildcard stand for exactly one left-most label', () => {
    const wildcard = facts(['*.litwareinc.com']);
    expect(certificateNamesHost(wildcard, 'autodiscover.litwareinc.com')).toBe(true);
    expect(certificateNamesHost(wildcard, 'litwareinc.com')).toBe(false);
    expect(certificateNamesHost(wildcard, 'a.b.litwareinc.com')).toBe(false);
    expect(certificateNamesHost(facts(['*.com']), 'litwareinc.com')).toBe(false);
  });

  it('uses the subject CN only when there is no DNS SAN', () => {
    expect(certificateNamesHost(facts([], 'atl-cs-001.litwareinc.com'), 'atl-cs-001.litwareinc.com')).toBe(true);
    expect(certificateNamesHost(facts(['other.litwareinc.com'], 'atl-cs-001.litwareinc.com'), 'atl-cs-001.litwareinc.com')).toBe(false);
  });

  it('matches an IP address only against IP SANs', () => {
    expect(certificateNamesHost(facts(['10.0.0.5']), '10.0.0.5')).toBe(true);
    expect(certificateNamesHost(facts([], '10.0.0.5'), '10.0.0.5')).toBe(false);
  });
});
