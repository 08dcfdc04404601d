import { exampleProject } from '../../../tests/helpers/example-project.js';
import { normalizeThumbprint, scriptValuesOf } from './script-values.js';

const certificate = { derBase64: 'MIIBCgKCAQEA', thumbprint: 'a1 b2 c3 d4 e5 f6 07 18 29 3a 4b 5c 6d 7e 8f 90 12 34 56 78', notAfter: '2031-01-01T00:00:00Z' };

describe('scriptValuesOf', () => {
  it('derives the URLs and the realm of the example project, in the forms the scripts use', () => {
    const values = scriptValuesOf(exampleProject({ lyncPoolFqdn: 'ATL-CS-001.litwareinc.com' }), null);
    expect(values).toMatchObject({
      ok: true,
      value: {
        realm: 'litwareinc.com',
        realmDiffersFromSipDomain: false,
        lyncPoolFqdn: 'atl-cs-001.litwareinc.com',
        lyncMetadataUrl: 'https://atl-cs-001.litwareinc.com/metadata/json/1',
        exchangeMetadataUrl: 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1',
        exchangeAutodiscoverServiceUrl: 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.svc',
        exchangeInstallPath: null,
        exchangeAuthCertificate: null,
      },
    });
  });

  it('refuses an Exchange server listed twice, naming the second', () => {
    expect(scriptValuesOf(exampleProject({ exchangeServers: ['a.litwareinc.com', 'A.litwareinc.com'] }), null)).toMatchObject({ ok: false, error: { subject: 'exchangeServers[1]' } });
  });

  it('takes the certificate only for the certificate parameter set, and checks its base64 and thumbprint', () => {
    expect(scriptValuesOf(exampleProject(), certificate)).toMatchObject({ ok: true, value: { exchangeAuthCertificate: null } });
    const byCertificate = exampleProject({}, { lyncTrustsExchangeBy: 'certificate' });
    expect(scriptValuesOf(byCertificate, certificate)).toMatchObject({ ok: true, value: { exchangeAuthCertificate: { thumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678' } } });
    expect(scriptValuesOf(byCertificate, { ...certificate, derBase64: "MII'; Stop-Computer" })).toMatchObject({ ok: false, error: { subject: 'certificates.exchangeAuth' } });
    expect(scriptValuesOf(byCertificate, { ...certificate, thumbprint: 'XYZ' })).toMatchObject({ ok: false, error: { subject: 'certificates.exchangeAuth' } });
  });
});

describe('normalizeThumbprint', () => {
  it('accepts 40 hex digits with spaces or colons in any case, and nothing else', () => {
    expect(normalizeThumbprint('92:e1:96:f3:c8:d3:d7:53:fc:fc:5b:76:90:c3:17:3a:a1:c0:ab:e3')).toBe('92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3');
    expect(normalizeThumbprint('92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE')).toBeNull();
    expect(normalizeThumbprint("92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3'")).toBeNull();
  });
});
