import { emptyProject } from './project.js';
import { resolveEndpoints } from './defaults.js';

describe('resolveEndpoints', () => {
  const project = { ...emptyProject(), sipDomain: 'litwareinc.com', lyncPoolFqdn: 'atl-cs-001.litwareinc.com', exchangeAutodiscoverFqdn: 'autodiscover.litwareinc.com' };

  it('derives the realm and the three URLs when the project leaves them null', () => {
    expect(resolveEndpoints(project)).toEqual({
      realm: 'litwareinc.com',
      lyncMetadataUrl: 'https://atl-cs-001.litwareinc.com/metadata/json/1',
      exchangeMetadataUrl: 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1',
      exchangeEwsUrl: 'https://autodiscover.litwareinc.com/EWS/Exchange.asmx',
    });
  });

  it('keeps values the project sets', () => {
    const resolved = resolveEndpoints({ ...project, realm: 'corp.litwareinc.com', exchangeEwsUrl: 'https://mail.litwareinc.com/EWS/Exchange.asmx' });
    expect(resolved.realm).toBe('corp.litwareinc.com');
    expect(resolved.exchangeEwsUrl).toBe('https://mail.litwareinc.com/EWS/Exchange.asmx');
  });
});
