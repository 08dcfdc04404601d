import { readFileSync } from 'node:fs';
import type { Finding } from '../findings.js';
import { parseProject } from './project-file.js';
import type { Project } from './project.js';
import { validateProject } from './validate-project.js';

const fixture = new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url);

function example(overrides: Partial<Project> = {}): Project {
  const parsed = parseProject(readFileSync(fixture, 'utf8'), 'litwareinc.s2s.json');
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { ...parsed.value, ...overrides };
}

const ids = (findings: Finding[]) => findings.map((f) => `${f.id} ${f.severity} ${f.subject}`);

describe('validateProject', () => {
  it('finds nothing wrong with the seed example', () => {
    expect(validateProject(example())).toEqual([]);
  });

  it('raises project.required for each empty required value', () => {
    const findings = validateProject(example({ sipDomain: '', lyncPoolFqdn: '', exchangeAutodiscoverFqdn: '', testUserSipUri: '', exchangeServers: [] }));
    expect(ids(findings)).toEqual([
      'project.required error sipDomain',
      'project.required error lyncPoolFqdn',
      'project.required error exchangeAutodiscoverFqdn',
      'project.required error testUserSipUri',
      'project.required error exchangeServers',
    ]);
  });

  it('raises project.invalid-fqdn naming the field, list items by index', () => {
    const findings = validateProject(example({ lyncPoolFqdn: 'atl cs 001', exchangeServers: ['atl-exchange-001.litwareinc.com', 'atl_ex2'], realm: 'litware inc' }));
    expect(ids(findings)).toEqual(['project.invalid-fqdn error lyncPoolFqdn', 'project.invalid-fqdn error realm', 'project.invalid-fqdn error exchangeServers[1]']);
    expect(findings[0]?.detail).toContain("'atl cs 001'");
  });

  it('raises project.invalid-sip-uri', () => {
    expect(ids(validateProject(example({ testUserSipUri: 'kenmyer@litwareinc.com' })))).toEqual(['project.invalid-sip-uri error testUserSipUri']);
  });

  it('warns with project.sip-domain-mismatch when the test user is in another domain', () => {
    const [warning] = validateProject(example({ testUserSipUri: 'sip:kenmyer@fabrikam.com' }));
    expect(warning).toMatchObject({ id: 'project.sip-domain-mismatch', severity: 'warning', subject: 'testUserSipUri' });
    expect(validateProject(example({ testUserSipUri: 'sip:KenMyer@LitwareInc.com' }))).toEqual([]);
  });

  it('raises project.invalid-url for a URL that is not https', () => {
    expect(ids(validateProject(example({ lyncMetadataUrl: 'http://atl-cs-001.litwareinc.com/metadata/json/1', exchangeEwsUrl: 'ews' })))).toEqual([
      'project.invalid-url error lyncMetadataUrl',
      'project.invalid-url error exchangeEwsUrl',
    ]);
  });

  it('raises project.autodiscover-url-path for the documentation bug that drops /autodiscover', () => {
    const [f] = validateProject(example({ exchangeMetadataUrl: 'https://autodiscover.litwareinc.com/metadata/json/1' }));
    expect(f).toMatchObject({ id: 'project.autodiscover-url-path', severity: 'error', subject: 'exchangeMetadataUrl' });
    expect(f?.fix).toBe('Use https://autodiscover.litwareinc.com/autodiscover/metadata/json/1');
    expect(validateProject(example({ exchangeMetadataUrl: 'https://mail.litwareinc.com/Autodiscover/Metadata/JSON/1' }))).toEqual([]);
  });

  it('raises project.invalid-path for an install path that is not a local Windows path', () => {
    expect(ids(validateProject(example({ exchangeInstallPath: '\\\\fs01\\exchange' })))).toEqual(['project.invalid-path error exchangeInstallPath']);
    expect(validateProject(example({ exchangeInstallPath: 'E:\\Exchange\\V15' }))).toEqual([]);
  });
});
