/** The two real documents of ../shared/fixtures/metadata (copied into tests/fixtures/metadata), end to end through core. */
import { readFileSync } from 'node:fs';
import { analyseMetadata } from './analyse-metadata.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../tests/fixtures/metadata/${name}`, import.meta.url)));
const now = new Date('2026-11-26T09:00:00Z');
const options = { realm: 'litwareinc.com', now, certificates: [], metadataUrl: null };

describe('the real Exchange example (its certificate is truncated in the source)', () => {
  const bytes = fixture('exchange-online-docs-example.json');

  it('reads every field, lower-case key properties included, and says the key is not a certificate', () => {
    const analysis = analyseMetadata({ bytes }, 'exchange-online-docs-example.json', { ...options, role: 'exchange' });
    expect(analysis.document).toMatchObject({
      name: 'Exchange',
      realm: '*',
      serviceName: '00000002-0000-0ff1-ce00-000000000000',
      issuer: '00000002-0000-0ff1-ce00-000000000000@*',
      allowedAudiences: ['00000002-0000-0ff1-ce00-000000000000@*'],
      endpoints: [{ location: 'https://by2pr06mb2229.namprd06.prod.outlook.com:444/autodiscover/metadata/json/1', protocol: 'OAuth2', usage: 'metadata' }],
    });
    expect(analysis.document?.keys[0]).toMatchObject({ usage: 'signing', type: 'x509Certificate', declaredX5t: 'enh9BJrVPU5ijV1qjZjV-fL2bco', certificate: null });
    const undecodable = analysis.findings.find((f) => f.id === 'metadata.key-undecodable');
    expect(undecodable).toMatchObject({ severity: 'error', subject: 'exchange-online-docs-example.json keys[0]' });
    expect(undecodable?.detail).toContain("it holds '.' at position 9");
    expect(undecodable?.detail).toContain('it looks truncated');
    expect(analysis.findings.map((f) => f.id)).not.toContain('metadata.no-keys');
    expect(analysis.findings.map((f) => f.id)).not.toContain('metadata.wrong-service');
  });

  it("explains Exchange's realm '*' instead of failing on it", () => {
    const analysis = analyseMetadata({ bytes }, 'exchange-online-docs-example.json', { ...options, role: 'exchange' });
    const realm = analysis.findings.find((f) => f.id === 'metadata.realm-mismatch');
    expect(realm?.severity).toBe('info');
    expect(realm?.detail).toContain("Exchange publishes the realm '*'");
    expect(realm?.fix).toContain("Get-AcceptedDomain | Where-Object { $_.DomainName -eq 'litwareinc.com' }");
  });
});

describe('the real SharePoint Server SE document', () => {
  const bytes = fixture('sharepoint-se-real.json');

  it('parses camelCase keyValue and lower-case x509certificate, and computes the x5t its tokens carry', () => {
    const analysis = analyseMetadata({ bytes }, 'sharepoint-se-real.json', { ...options, role: null, realm: null });
    const key = analysis.document?.keys[0];
    expect(key).toMatchObject({ usage: 'Signing', type: 'x509certificate', declaredX5t: null, problem: null });
    expect(key?.certificate?.x5t).toBe('i_gz5qfYp5YPWAK1__0YhZnipLI');
    expect(key?.certificate?.thumbprint).toBe('8BF833E6A7D8A7960F5802B5FFFD188599E2A4B2');
    expect(key?.certificate?.subject).toContain('SharePoint Security Token Service');
    expect(analysis.findings).toEqual([]);
  });

  it.each(['lync', 'exchange'] as const)('is the wrong service when expected as %s, and says whose it is', (role) => {
    const analysis = analyseMetadata({ bytes }, 'sharepoint-se-real.json', { ...options, role });
    const wrong = analysis.findings.filter((f) => f.id === 'metadata.wrong-service');
    expect(wrong).toHaveLength(1);
    expect(wrong[0]).toMatchObject({ severity: 'error' });
    expect(wrong[0]?.detail).toContain('SharePoint (00000003-0000-0ff1-ce00-000000000000)');
    expect(wrong[0]?.fix).toContain("SharePoint's document");
  });
});
