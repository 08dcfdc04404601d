import { exampleProject } from '../../../tests/helpers/example-project.js';
import { readdirSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { diagnoseContextOf, noProjectContext } from '../diagnose/diagnose-context.js';
import { checkExchangeState } from './check-exchange-state.js';
import { importStateFile, type StateSide } from './import-state.js';
import { parseStateFile } from './read-state-file.js';
import type { ExchangeState, LyncState } from './state-format.js';
import { stateFindings } from './state-findings.js';
import { thumbprintsInUse } from './state-thumbprints.js';

const stateDir = new URL('../../../tests/fixtures/state', import.meta.url).pathname;
const project = exampleProject();
const values = diagnoseContextOf(project);
const now = new Date('2026-11-26T09:00:00Z');

const fixture = (name: string) => readFileSync(join(stateDir, name));
function parsed<T extends ExchangeState | LyncState>(name: string): T {
  const result = parseStateFile(fixture(name), name);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.state as T;
}
async function imported(name: string, side: StateSide = name.startsWith('lync') ? 'lync' : 'exchange', context = values) {
  const result = await importStateFile(fs, join(stateDir, name), name, side, context, now);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.findings;
}
const fixLines = (fix: string | undefined) => (fix ?? '').split('\n');

/** exchange-auth-certificate-expired.json → state.auth-certificate-expired; healthy and PowerShell 5.1 files → none. */
const fixtures = readdirSync(stateDir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const condition = name.replace(/^(exchange|lync)-/, '').replace(/\.json$/, '');
    return { name, expected: condition === 'healthy' || condition === 'powershell51' ? [] : [`state.${condition}`] };
  });

describe('the state fixtures', () => {
  it('hold one file per state finding, and a healthy and a PowerShell 5.1 file for each side', () => {
    expect(fixtures.flatMap((f) => f.expected).sort()).toEqual(Object.keys(stateFindings).sort());
    for (const name of ['exchange-healthy.json', 'lync-healthy.json', 'exchange-powershell51.json', 'lync-powershell51.json']) expect(fixtures.map((f) => f.name)).toContain(name);
  });

  it.each(fixtures)('$name gives exactly $expected', async ({ name, expected }) => {
    expect((await imported(name)).map((f) => f.id)).toEqual(expected);
  });
});

describe('parseStateFile', () => {
  it("reads Windows PowerShell 5.1's own JSON: UTF-16LE, /Date(ms)/ dates, the DateTime object, lone objects for lists, lower-case thumbprints", () => {
    const healthy = parsed<ExchangeState>('exchange-healthy.json');
    const ps51 = parsed<ExchangeState>('exchange-powershell51.json');
    expect(ps51.collectedAt).toBe('2026-11-26T08:41:17.532Z');
    expect(ps51.authCertificate?.notBefore).toBe('2024-03-14T10:22:05.000Z');
    expect(ps51.authCertificate?.notAfter).toBe('2029-03-14T10:22:05.000Z');
    expect(ps51.authConfig.currentCertificateThumbprint).toBe('92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3');
    expect(ps51.webServicesVirtualDirectories).toEqual(healthy.webServicesVirtualDirectories);
    expect(ps51.clientAccessServices).toEqual(healthy.clientAccessServices);
    const lync = parsed<LyncState>('lync-powershell51.json');
    expect(lync.oauthTokenIssuer).toHaveLength(1);
    expect(lync.oauthTokenIssuer[0]?.notAfter).toBe('2027-06-02T23:59:59.000Z');
    expect(lync.partnerApplications.map((p) => p.identity)).toEqual(['Exchange']);
  });

  it.each([
    ['not JSON', Buffer.from('{"kind": "s2s-wizard/exchange-state", '), 'state-file.not-json', 'x.json is not valid JSON'],
    ['another JSON file', Buffer.from('{"schemaVersion": 1, "sipDomain": "litwareinc.com"}'), 'state-file.not-state', 'its "kind" is null'],
    ['a list', Buffer.from('[1, 2]'), 'state-file.not-state', 'it does not hold one JSON object'],
    ['a newer version', Buffer.from('{"kind": "s2s-wizard/lync-state", "version": 2}'), 'state-file.newer-version', 'version 2'],
    ['a binary file', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00]), 'text.not-text', 'x.json is not a text file'],
  ])('refuses %s with a message naming the file', (_what, bytes, code, message) => {
    const result = parseStateFile(bytes, 'x.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(message);
  });

  it('names the field that is wrong, and what would be valid', () => {
    const text = fixture('exchange-healthy.json').toString('utf8').replace('"enabled":  false', '"enabled":  "maybe"').replace(/("LyncEnterprise[^]*?"enabled":\s+)true/, '$1"yes"');
    expect(parseStateFile(Buffer.from(text), 'x.json')).toMatchObject({
      ok: false,
      error: { code: 'state-file.invalid-field', message: 'x.json: partnerApplications[1].enabled must be true or false.', subject: 'partnerApplications[1].enabled' },
    });
    const thumb = fixture('lync-healthy.json').toString('utf8').replace('3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3', 'not-a-thumbprint');
    const result = parseStateFile(Buffer.from(thumb), 'lync.json');
    expect(result.ok ? '' : result.error.message).toBe('lync.json: oauthTokenIssuer[0].thumbprint must be a thumbprint: 40 hexadecimal digits.');
  });
});

describe('importStateFile', () => {
  it('says when the file is missing or holds the other side', async () => {
    const missing = await importStateFile(fs, join(stateDir, 'nope.json'), 'nope.json', 'exchange', values, now);
    expect(missing).toMatchObject({ ok: false, error: { code: 'state-file.unreadable', message: 'Cannot read the state file nope.json: it does not exist.', subject: 'nope.json' } });
    const wrongSide = await importStateFile(fs, join(stateDir, 'lync-healthy.json'), 'lync-healthy.json', 'exchange', values, now);
    expect(wrongSide.ok ? '' : wrongSide.error.message).toContain('holds the Lync state; here the Exchange state is expected (what 00-collect-exchange-state.ps1 writes)');
  });
});

describe('the state findings', () => {
  it('state.auth-certificate-expired gives the replacement sequence of domain.md §3.2, and Lync reads the new key', async () => {
    const [expired] = await imported('exchange-auth-certificate-expired.json');
    expect(expired).toMatchObject({ severity: 'error', subject: '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3' });
    expect(expired?.detail).toContain('expired on 2026-09-01');
    expect(fixLines(expired?.fix)).toEqual(
      expect.arrayContaining([
        "New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName 'cn=Microsoft Exchange Server Auth Certificate' -FriendlyName 'Microsoft Exchange Server Auth Certificate' -DomainName @()",
        'Set-AuthConfig -PublishCertificate',
        'Set-AuthConfig -ClearPreviousCertificate',
        "iisreset 'atl-exchange-001.litwareinc.com'",
        "Set-CsPartnerApplication -Identity Exchange -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'",
      ]),
    );
  });

  it('state.auth-certificate-expires-soon: an error under 30 days, a warning under 60, a note when a next certificate takes over in time', () => {
    const state = parsed<ExchangeState>('exchange-healthy.json');
    const expiring = (notAfter: string, change: (s: ExchangeState) => ExchangeState = (s) => s) =>
      checkExchangeState(change({ ...state, authCertificate: { ...(state.authCertificate as NonNullable<ExchangeState['authCertificate']>), notAfter } }), values, now).filter(
        (f) => f.id === 'state.auth-certificate-expires-soon',
      );
    expect(expiring('2026-12-20T00:00:00Z')[0]).toMatchObject({ severity: 'error', detail: expect.stringContaining('in 23 day(s). No next certificate is staged') });
    expect(expiring('2027-01-10T00:00:00Z')[0]?.severity).toBe('warning');
    expect(expiring('2027-02-10T00:00:00Z')).toEqual([]);
    const staged = parsed<ExchangeState>('exchange-auth-certificate-next-staged.json');
    const covered = expiring('2026-12-20T00:00:00Z', (s) => ({ ...s, authConfig: staged.authConfig, nextAuthCertificate: staged.nextAuthCertificate }))[0];
    expect(covered).toMatchObject({ severity: 'info', detail: expect.stringContaining('A next certificate is staged to take over before then.') });
  });

  it('state.auth-certificate-next-staged is a note, a warning when the staged certificate is not on the server', async () => {
    const [staged] = await imported('exchange-auth-certificate-next-staged.json');
    expect(staged).toMatchObject({ severity: 'info', subject: '4C8F0A6E2B91D7354E0F6A2C8B1D93E7F5A40C21' });
    expect(staged?.detail).toContain('effective 2026-12-01');
    const state = parsed<ExchangeState>('exchange-auth-certificate-next-staged.json');
    const absent = checkExchangeState({ ...state, nextAuthCertificate: null }, values, now);
    expect(absent.map((f) => [f.id, f.severity])).toEqual([['state.auth-certificate-next-staged', 'warning']]);
  });

  it('state.auth-certificate-missing names the thumbprint AuthConfig holds and the server that lacks it', async () => {
    const [missing] = await imported('exchange-auth-certificate-missing.json');
    expect(missing?.detail).toContain('but ATL-EXCHANGE-001.litwareinc.com does not have it');
    expect(missing?.fix).toContain("Get-ExchangeCertificate -Thumbprint '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3' -Server");
  });

  it('state.duplicate-lync-partner-applications keeps the enabled one for this pool and removes the others with -WhatIf first', async () => {
    const [duplicates] = await imported('exchange-duplicate-lync-partner-applications.json');
    expect(duplicates?.severity).toBe('warning');
    expect(fixLines(duplicates?.fix)).toEqual([
      '# Exchange Management Shell: look first (-WhatIf), then remove the stale ones',
      "Remove-PartnerApplication -Identity 'LyncEnterprise-8f1d2c3b4a5e46d7a8b9c0d1e2f3a4b5' -WhatIf",
      "Set-PartnerApplication -Identity 'LyncEnterprise-2c6e0a5b1f3d4e8a9b7c6d5e4f3a2b1c' -RefreshAuthMetadata",
    ]);
  });

  it('state.no-enabled-lync-partner: disabled is an error with Set-PartnerApplication -Enabled; none yet is a warning pointing at 01', async () => {
    const [disabled] = await imported('exchange-no-enabled-lync-partner.json');
    expect(disabled?.severity).toBe('error');
    expect(fixLines(disabled?.fix)).toContain("Set-PartnerApplication -Identity 'LyncEnterprise-2c6e0a5b1f3d4e8a9b7c6d5e4f3a2b1c' -Enabled $true");
    const state = parsed<ExchangeState>('exchange-healthy.json');
    const none = checkExchangeState({ ...state, partnerApplications: state.partnerApplications.slice(0, 1) }, values, now);
    expect(none.map((f) => [f.id, f.severity])).toEqual([['state.no-enabled-lync-partner', 'warning']]);
    expect(none[0]?.fix).toContain("-AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync");
  });

  it('state.oauth-disabled sets OAuth on the very virtual directory and resets IIS on its server', async () => {
    const [off] = await imported('exchange-oauth-disabled.json');
    expect(fixLines(off?.fix)).toEqual(["Set-WebServicesVirtualDirectory -Identity 'ATL-EXCHANGE-001\\EWS (Default Web Site)' -OAuthAuthentication $true", "iisreset 'ATL-EXCHANGE-001'"]);
  });

  it('state.wildcard-accepted-domain is an error when only the wildcard covers the realm, a warning otherwise', async () => {
    const [wildcard] = await imported('exchange-wildcard-accepted-domain.json');
    expect(wildcard).toMatchObject({ severity: 'error', subject: '*.litwareinc.com' });
    expect(fixLines(wildcard?.fix)).toContain("New-AcceptedDomain -Name 'litwareinc.com' -DomainName 'litwareinc.com' -DomainType Authoritative");
    const state = parsed<ExchangeState>('exchange-wildcard-accepted-domain.json');
    const explicit = checkExchangeState({ ...state, acceptedDomains: [...state.acceptedDomains, { domainName: 'litwareinc.com', domainType: 'Authoritative', default: false }] }, values, now);
    expect(explicit.map((f) => [f.id, f.severity])).toEqual([['state.wildcard-accepted-domain', 'warning']]);
    expect(checkExchangeState(state, noProjectContext, now).find((f) => f.id === 'state.wildcard-accepted-domain')?.severity).toBe('warning');
  });

  it('state.autodiscover-internal-uri-missing uses Set-ClientAccessServer on Exchange 2013 and Set-ClientAccessService later', async () => {
    const [missing] = await imported('exchange-autodiscover-internal-uri-missing.json');
    expect(missing?.fix).toBe("Set-ClientAccessService -Identity 'ATL-EXCHANGE-001' -AutoDiscoverServiceInternalUri 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.xml'");
    const state = parsed<ExchangeState>('exchange-autodiscover-internal-uri-missing.json');
    expect(checkExchangeState({ ...state, exchangeVersion: 'Version 15.0 (Build 1497.2)' }, values, now)[0]?.fix).toMatch(/^Set-ClientAccessServer /);
  });

  it('the Lync findings: no OAuthTokenIssuer, an expired one, the Exchange partner bound to the wrong id, ExchangeAutodiscoverUrl unset or .xml', async () => {
    const [missing] = await imported('lync-oauth-token-issuer-missing.json');
    expect(missing?.id).toBe('state.oauth-token-issuer-missing');
    expect(missing?.fix).toContain("Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint '<thumbprint>'");
    const [expired] = await imported('lync-oauth-token-issuer-expired.json');
    expect(expired).toMatchObject({ id: 'state.oauth-token-issuer-expired', severity: 'error' });
    expect(expired?.detail).toContain('3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3 (valid 2024-06-02 to 2026-06-02)');
    const [wrong] = await imported('lync-exchange-partner-wrong-id.json');
    expect(wrong).toMatchObject({ id: 'state.exchange-partner-wrong-id', severity: 'error', subject: 'Exchange' });
    expect(fixLines(wrong?.fix)).toEqual([
      "# Lync Server Management Shell: remove it and create it again from Exchange's metadata",
      "Remove-CsPartnerApplication -Identity 'Exchange'",
      "New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'",
    ]);
    const [unset] = await imported('lync-autodiscover-url-unset.json');
    expect(unset).toMatchObject({ id: 'state.autodiscover-url-unset', severity: 'warning', fix: "Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.svc'" });
    const [xml] = await imported('lync-autodiscover-url-xml.json');
    expect(xml).toMatchObject({ severity: 'error', subject: 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.xml' });
    const [none] = await imported('lync-no-exchange-partner.json');
    expect(none).toMatchObject({ id: 'state.no-exchange-partner', severity: 'warning' });
    expect(none?.fix).toContain('New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl');
  });

  it('writes a value from a state file into a command only as a literal', () => {
    const state = parsed<ExchangeState>('exchange-oauth-disabled.json');
    const hostile = { ...state, webServicesVirtualDirectories: [{ ...(state.webServicesVirtualDirectories[0] as ExchangeState['webServicesVirtualDirectories'][number]), identity: "EX1\\EWS'; Remove-Item C:\\ -Recurse; '" }] };
    const [off] = checkExchangeState(hostile, values, now);
    expect(fixLines(off?.fix)[0]).toBe("Set-WebServicesVirtualDirectory -Identity 'EX1\\EWS''; Remove-Item C:\\ -Recurse; ''' -OAuthAuthentication $true");
  });
});

describe('thumbprintsInUse', () => {
  it("gives Exchange's current and next Auth certificate and every Lync OAuthTokenIssuer", () => {
    expect(thumbprintsInUse(parsed<ExchangeState>('exchange-auth-certificate-next-staged.json'), parsed<LyncState>('lync-healthy.json'))).toEqual({
      exchange: { current: '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3', next: '4C8F0A6E2B91D7354E0F6A2C8B1D93E7F5A40C21' },
      lync: ['3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3'],
    });
    expect(thumbprintsInUse(null, null)).toEqual({ exchange: null, lync: null });
  });
});
