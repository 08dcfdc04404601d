import { checkDomainCall, isDomainCommand } from '../../../tests/helpers/cmdlet-reference.js';
import { exampleProject } from '../../../tests/helpers/example-project.js';
import { parsePowerShell, type CommandCall } from '../../../tests/helpers/powershell-grammar.js';
import type { Project, ProjectOptions } from '../model/project.js';
import { generateBundle, type Bundle } from './bundle.js';
import { encodeBundleFile } from './encode-file.js';
import type { ExchangeAuthCertificate } from './script-values.js';

const now = new Date('2026-11-26T09:00:00Z');
const certificate: ExchangeAuthCertificate = {
  derBase64: Buffer.from('a certificate, for the parameter set only').toString('base64'),
  thumbprint: 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678',
  notAfter: '2031-01-01T00:00:00.000Z',
};

function bundleOf(patch: Partial<Project> = {}, options: Partial<ProjectOptions> = {}, cert: ExchangeAuthCertificate | null = null): Bundle {
  const result = generateBundle({ project: exampleProject(patch, options), projectFileName: 'litwareinc.s2s.json', toolVersion: '0.1.0', now, exchangeAuthCertificate: cert });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function text(bundle: Bundle, path: string): string {
  const file = bundle.files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} is not in the bundle`);
  return file.text;
}

const scripts = (bundle: Bundle) => bundle.files.filter((f) => f.kind === 'powershell');
const calls = async (script: string, name: string): Promise<CommandCall[]> => (await parsePowerShell(script)).commands.filter((c) => c.name === name);

const everyOption = { archiving: true, unifiedContactStore: true, trustAnySslCertificate: true, deleteTestItem: false, lyncTrustsExchangeBy: 'certificate' as const };
const variants: Array<[string, Bundle]> = [
  ['the example project', bundleOf()],
  ['every option, another realm, two servers, an install path', bundleOf({ realm: 'corp.litwareinc.com', exchangeServers: ['atl-exchange-001.litwareinc.com', 'atl-exchange-002.litwareinc.com'], exchangeInstallPath: "D:\\Exchange Server\\V15" }, everyOption, certificate)],
];

describe('the bundle for the example project', () => {
  const bundle = bundleOf();

  it('holds the collect, trust, verify and rollback scripts and the runbook, and no archiving or contact-store script', () => {
    expect(bundle.files.map((f) => f.path)).toEqual([
      '00-collect-exchange-state.ps1',
      '00-collect-lync-state.ps1',
      '01-exchange-trust-lync.ps1',
      '02-lync-trust-exchange.ps1',
      '03-verify.ps1',
      'rollback/undo-01-exchange-trust-lync.ps1',
      'rollback/undo-02-lync-trust-exchange.ps1',
      'RUNBOOK.md',
      'RUNBOOK.html',
    ]);
    expect(bundle.findings).toEqual([]);
  });

  it('adds 04, 05 and their rollback scripts when the options ask', () => {
    const paths = bundleOf({}, { archiving: true, unifiedContactStore: true }).files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['04-enable-archiving.ps1', '05-enable-unified-contact-store.ps1', 'rollback/undo-04-enable-archiving.ps1', 'rollback/undo-05-enable-unified-contact-store.ps1']));
  });

  it('calls Configure-EnterprisePartnerApplication.ps1 only when no Lync partner application exists, and refreshes one that does', async () => {
    const script = text(bundle, '01-exchange-trust-lync.ps1');
    const [configure] = await calls(script, 'Configure-EnterprisePartnerApplication.ps1');
    expect(configure?.parameters).toEqual(['AuthMetadataUrl', 'ApplicationType']);
    expect(configure?.guards).toEqual([expect.stringContaining('$PSCmdlet.ShouldProcess'), '$lyncApplications.Count -eq 0']);
    expect(script).toContain("-AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync\n");
    const [refresh] = await calls(script, 'Set-PartnerApplication');
    expect(refresh?.parameters).toEqual(['Identity', 'RefreshAuthMetadata']);
    expect(script).toContain("$_.AuthMetadataUrl -eq $lyncMetadataUrl -or $_.Name -like 'LyncEnterprise-*'");
    expect(script).not.toContain('TrustAnySSLCertificate');
    const resets = (await parsePowerShell(script)).commands.filter((c) => c.name === 'iisreset.exe');
    expect(resets).toHaveLength(1);
    expect(script).toContain("$exchangeServers = @('atl-exchange-001.litwareinc.com')");
  });

  it('reports, and never changes, another application with the Lync id', async () => {
    const script = text(bundle, '01-exchange-trust-lync.ps1');
    expect(script).toContain('$otherApplications = @($partnerApplications | Where-Object { $_.ApplicationIdentifier -eq $lyncApplicationId -and $lyncNames -notcontains [string]$_.Name })');
    const changed = (await parsePowerShell(script)).commands.filter((c) => /^(Set|Remove|New)-PartnerApplication$/.test(c.name));
    expect(changed.map((c) => c.name)).toEqual(['Set-PartnerApplication']);
  });

  it('has the pre-checks of 01: the Auth certificate, the Lync metadata download, no wildcard accepted domain over the realm', () => {
    const script = text(bundle, '01-exchange-trust-lync.ps1');
    expect(script).toContain('Get-ExchangeCertificate -Thumbprint $authThumbprint -Server $server');
    expect(script).toContain("Invoke-WebRequest -Uri 'https://atl-cs-001.litwareinc.com/metadata/json/1' -UseBasicParsing");
    expect(script).toMatch(/covered only by the wildcard accepted domain/);
  });

  it('creates, replaces or updates the Lync side from the metadata URL, and sets only the Autodiscover URL when the realm is the SIP domain', async () => {
    const script = text(bundle, '02-lync-trust-exchange.ps1');
    expect(script).toContain("New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'");
    expect(script).toContain("Set-CsPartnerApplication -Identity $target.Identity -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'");
    expect(script).toContain('} elseif ($target.ApplicationIdentifier -ne $exchangeApplicationId) {');
    const oauth = await calls(script, 'Set-CsOAuthConfiguration');
    expect(oauth.map((c) => c.parameters)).toEqual([['Identity', 'ExchangeAutodiscoverUrl']]);
    expect(script).toContain("-ExchangeAutodiscoverUrl 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.svc'");
  });

  it('verifies with Test-CsExStorageConnectivity -SipUri -DeleteItem -Verbose and keeps the output for the wizard', async () => {
    const script = text(bundle, '03-verify.ps1');
    const tests = await calls(script, 'Test-CsExStorageConnectivity');
    expect(tests.map((c) => c.parameters)).toEqual([['SipUri', 'DeleteItem', 'Verbose']]);
    expect(script).toContain("Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose");
    expect(script).toContain("$outputPath = Join-Path $here '03-verify-output.txt'");
  });
});

describe('the options change the scripts', () => {
  it('passes -TrustAnySSLCertificate $true only when the project asks, with a warning in the script, the runbook and the findings', async () => {
    const bundle = bundleOf({}, { trustAnySslCertificate: true });
    const script = text(bundle, '01-exchange-trust-lync.ps1');
    const [configure] = await calls(script, 'Configure-EnterprisePartnerApplication.ps1');
    expect(configure?.parameters).toEqual(['AuthMetadataUrl', 'ApplicationType', 'TrustAnySSLCertificate']);
    expect(script).toContain('-ApplicationType Lync -TrustAnySSLCertificate $true\n');
    expect(script).toMatch(/Write-Warning 'The project asks Exchange to accept ANY TLS certificate/);
    expect(text(bundle, 'RUNBOOK.md')).toContain('> **Warning:** The project asks Exchange to accept ANY TLS certificate');
    expect(text(bundle, 'RUNBOOK.html')).toContain('<p class="warning" role="note"><strong>Warning:</strong> The project asks Exchange to accept ANY TLS certificate');
    expect(bundle.findings.map((f) => [f.id, f.severity, f.subject])).toEqual([['script.trust-any-certificate', 'warning', 'options.trustAnySslCertificate']]);
    for (const file of bundleOf().files) expect(file.text).not.toContain('TrustAnySSLCertificate');
  });

  it('uses the certificate parameter set of New-CsPartnerApplication when Lync trusts Exchange by certificate', async () => {
    const bundle = bundleOf({}, { lyncTrustsExchangeBy: 'certificate' }, certificate);
    const script = text(bundle, '02-lync-trust-exchange.ps1');
    const created = await calls(script, 'New-CsPartnerApplication');
    expect(created[0]?.parameters).toEqual(['Identity', 'ApplicationIdentifier', 'ApplicationTrustLevel', 'CertificateRawData', 'Realm']);
    expect(script).toContain("-ApplicationIdentifier '00000002-0000-0ff1-ce00-000000000000' -ApplicationTrustLevel Full -CertificateRawData $exchangeAuthCertificate -Realm 'litwareinc.com'");
    expect(script).toContain(`$exchangeAuthCertificate = '${certificate.derBase64}'`);
    expect(script).toContain(`$exchangeAuthThumbprint = '${certificate.thumbprint}'`);
    expect(script).not.toContain('MetadataUrl \'https://autodiscover');
    expect(script).not.toContain('Invoke-WebRequest');
  });

  it('refuses the certificate parameter set without the certificate, naming certificates.exchangeAuth', () => {
    const result = generateBundle({ project: exampleProject({}, { lyncTrustsExchangeBy: 'certificate' }), projectFileName: null, toolVersion: '0.1.0', now, exchangeAuthCertificate: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'script.certificate-required', subject: 'certificates.exchangeAuth' } });
  });

  it('sets -Realm only when the realm differs from the SIP domain', async () => {
    const script = text(bundleOf({ realm: 'corp.litwareinc.com' }), '02-lync-trust-exchange.ps1');
    expect((await calls(script, 'Set-CsOAuthConfiguration')).map((c) => c.parameters)).toEqual([['Identity', 'ExchangeAutodiscoverUrl'], ['Identity', 'Realm']]);
    expect(script).toContain("Set-CsOAuthConfiguration -Identity global -Realm 'corp.litwareinc.com'");
    expect((await calls(text(bundleOf({ realm: 'LitwareInc.com' }), '02-lync-trust-exchange.ps1'), 'Set-CsOAuthConfiguration')).map((c) => c.parameters)).toEqual([['Identity', 'ExchangeAutodiscoverUrl']]);
  });

  it('keeps the test item when the project says so, and adds the Dumpster test for archiving', async () => {
    const script = text(bundleOf({}, { deleteTestItem: false, archiving: true }), '03-verify.ps1');
    expect((await calls(script, 'Test-CsExStorageConnectivity')).map((c) => c.parameters)).toEqual([
      ['SipUri', 'Verbose'],
      ['SipUri', 'Binding', 'Folder', 'Verbose'],
    ]);
    expect(script).toContain("-Binding NetNamedPipe -Folder Dumpster -Verbose");
  });

  it('uses the project install path instead of $env:ExchangeInstallPath when it is set, as base64 when it is not ASCII', () => {
    expect(text(bundleOf({ exchangeInstallPath: 'D:\\Exchange Server\\V15' }), '01-exchange-trust-lync.ps1')).toContain("$exchangeScripts = Join-Path 'D:\\Exchange Server\\V15' 'Scripts'");
    const korean = text(bundleOf({ exchangeInstallPath: 'D:\\교환\\V15' }), '01-exchange-trust-lync.ps1');
    expect(korean).toContain(`FromBase64String('${Buffer.from('D:\\교환\\V15').toString('base64')}')`);
    expect(korean).not.toContain('교환');
  });
});

describe.each(variants)('every script of %s', (_name, bundle) => {
  it('parses with the PowerShell grammar without an error or missing node', async () => {
    for (const file of scripts(bundle)) expect({ file: file.path, problems: (await parsePowerShell(file.text)).problems }).toEqual({ file: file.path, problems: [] });
  });

  it('calls each Lync/Exchange cmdlet (and Configure-EnterprisePartnerApplication.ps1) with the parameters of one official parameter set, in full', async () => {
    let checked = 0;
    for (const file of scripts(bundle)) {
      for (const call of (await parsePowerShell(file.text)).commands.filter((c) => isDomainCommand(c.name) || c.name.endsWith('.ps1'))) {
        expect(`${file.path}: ${checkDomainCall(call) ?? 'ok'}`).toBe(`${file.path}: ok`);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(40);
  });

  it('makes every change inside $PSCmdlet.ShouldProcess, so -WhatIf changes nothing', async () => {
    for (const file of scripts(bundle)) {
      for (const call of (await parsePowerShell(file.text)).commands) {
        const changes = /^(New|Set|Remove|Grant|Invoke)-Cs|^(New|Set|Remove)-(PartnerApplication|ManagementRoleAssignment|MailUser)$|\.ps1$|^iisreset/.test(call.name);
        if (changes) expect({ file: file.path, line: call.line, call: call.name, guarded: call.guards.some((g) => g.includes('$PSCmdlet.ShouldProcess(')) }).toMatchObject({ guarded: true });
      }
    }
  });

  it('has the settings, the transcript, a pre-check that throws a sentence, and a post-check', () => {
    for (const file of scripts(bundle)) {
      expect(file.text).toContain('[CmdletBinding(SupportsShouldProcess');
      expect(file.text).toContain("$ErrorActionPreference = 'Stop'");
      expect(file.text).toContain('Start-Transcript -Path $transcriptPath -WhatIf:$false');
      expect(file.text).toMatch(/# --- Pre-check: /);
      expect(file.text).toMatch(/throw '[A-Z][^']*is not available: open the .+ and run this script again\.'/);
      expect(file.text).toMatch(/# --- Post-check: |\| Out-Host/);
      expect(file.blocks.length).toBeGreaterThan(3);
      for (const block of file.blocks) expect(file.text).toContain(block.code);
    }
  });

  it('builds dates with Get-Date and never parses a date string', () => {
    for (const file of scripts(bundle)) {
      expect(file.text).not.toMatch(/\[datetime\]::Parse|ParseExact|Get-Date -Date|Get-Date '/i);
    }
    expect(text(bundle, '01-exchange-trust-lync.ps1')).toContain('(Get-Date).AddDays(60)');
  });

  it('writes every file UTF-8 with a BOM and CRLF, under a header naming the tool, the project, the time, the shell and the server', () => {
    for (const file of bundle.files) {
      const bytes = encodeBundleFile(file.text);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const decoded = Buffer.from(bytes.subarray(3)).toString('utf8');
      expect(decoded.split('\r\n').every((line) => !line.includes('\n') && !line.includes('\r'))).toBe(true);
      expect(decoded).toContain('litwareinc.com (litwareinc.s2s.json)');
      expect(decoded).toContain('2026-11-26T09:00:00.000Z');
      expect(decoded).toContain('s2s-wizard 0.1.0');
      if (file.kind === 'powershell') {
        const header = decoded.slice(0, decoded.indexOf('\r\n\r\n'));
        for (const label of ['# Project:', '# Generated:', '# Run in:', '# Run as:', '# Run on:', '# Changes:', '# Undo:']) expect(header).toContain(label);
        expect(header).toMatch(/# Run in: +(Exchange Management Shell|Lync Server Management Shell)/);
      }
    }
  });

  it('holds no password and no private key', () => {
    for (const file of bundle.files) {
      expect(file.text).not.toMatch(/-----BEGIN|PRIVATE KEY-----|-Password\b|ConvertTo-SecureString|Get-Credential/);
    }
  });
});

describe('the collect scripts write the state format field by field', () => {
  const bundle = bundleOf();

  /** The keys of each `[ordered]@{ … }` in the script, in order. */
  function hashKeys(script: string): string[] {
    return [...script.matchAll(/^\s*([a-zA-Z]+) = /gm)].map((m) => m[1] as string).concat([...script.matchAll(/(?:@\{|;)\s*([a-zA-Z]+) = /g)].map((m) => m[1] as string));
  }

  it('writes every field of ExchangeState', () => {
    const keys = new Set(hashKeys(text(bundle, '00-collect-exchange-state.ps1')));
    const fields = {
      top: ['kind', 'version', 'collectedAt', 'server', 'exchangeVersion', 'authConfig', 'authCertificate', 'nextAuthCertificate', 'partnerApplications', 'acceptedDomains', 'webServicesVirtualDirectories', 'autodiscoverVirtualDirectories', 'clientAccessServices'],
      authConfig: ['currentCertificateThumbprint', 'previousCertificateThumbprint', 'nextCertificateThumbprint', 'nextCertificateEffectiveDate', 'serviceName', 'realm'],
      certificate: ['thumbprint', 'subject', 'notBefore', 'notAfter', 'foundOnServer'],
      partnerApplication: ['name', 'applicationIdentifier', 'realm', 'enabled', 'authMetadataUrl', 'linkedAccount', 'useAuthServer'],
      acceptedDomain: ['domainName', 'domainType', 'default'],
      directories: ['server', 'identity', 'oAuthAuthentication', 'internalUrl', 'externalUrl'],
      clientAccess: ['name', 'autoDiscoverServiceInternalUri'],
    };
    for (const key of Object.values(fields).flat()) expect(keys).toContain(key);
    const script = text(bundle, '00-collect-exchange-state.ps1');
    expect(script).toContain("kind = 's2s-wizard/exchange-state'");
    expect(script).toContain('$json = ConvertTo-Json -InputObject $value -Depth 6');
    expect(script).toContain(".ToUniversalTime().ToString('o')");
    expect(script).toContain('.ToUpperInvariant()');
  });

  it('writes every field of LyncState', () => {
    const keys = new Set(hashKeys(text(bundle, '00-collect-lync-state.ps1')));
    const fields = [
      'kind', 'version', 'collectedAt', 'server', 'oauthTokenIssuer', 'partnerApplications', 'oauthConfiguration',
      'thumbprint', 'subject', 'notBefore', 'notAfter', 'foundOnServer', 'use', 'effectiveDate',
      'identity', 'applicationIdentifier', 'applicationTrustLevel', 'enabled', 'metadataUrl', 'realm',
      'serviceName', 'exchangeAutodiscoverUrl', 'exchangeAutodiscoverAllowedDomains', 'clientAuthorizationOAuthServerIdentity',
    ];
    for (const key of fields) expect(keys).toContain(key);
    expect(text(bundle, '00-collect-lync-state.ps1')).toContain("kind = 's2s-wizard/lync-state'");
  });

  it('changes nothing: no New-, Set-, Remove- or Grant- cmdlet', async () => {
    for (const path of ['00-collect-exchange-state.ps1', '00-collect-lync-state.ps1']) {
      const names = (await parsePowerShell(text(bundle, path))).commands.map((c) => c.name);
      expect(names.filter((n) => /^(New|Set|Remove|Grant|Invoke|Enable|Disable)-(Cs|Partner|Auth|Exchange|Accepted|Mail|Management|WebServices|Autodiscover|ClientAccess)/.test(n))).toEqual([]);
    }
  });
});

describe('the rollback scripts', () => {
  const bundle = bundleOf({}, { archiving: true, unifiedContactStore: true });

  it('remove only what the changes record or the earlier state lists, asking before each removal', async () => {
    const exchange = text(bundle, 'rollback/undo-01-exchange-trust-lync.ps1');
    expect(exchange).toContain("[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]");
    expect(exchange).toContain("$changesPath = Join-Path $bundleRoot '01-exchange-trust-lync.changes.json'");
    expect(exchange).toContain("$statePath = Join-Path $bundleRoot 'exchange-state.json'");
    expect((await calls(exchange, 'Remove-PartnerApplication')).map((c) => c.parameters)).toEqual([['Identity', 'Confirm']]);
    const lync = text(bundle, 'rollback/undo-02-lync-trust-exchange.ps1');
    expect((await calls(lync, 'Set-CsOAuthConfiguration')).map((c) => c.parameters)).toEqual([['Identity', 'ExchangeAutodiscoverUrl'], ['Identity', 'Realm']]);
    expect((await calls(lync, 'Remove-CsPartnerApplication')).length).toBe(1);
  });

  it('each forward script that changes something records it for its rollback', () => {
    for (const [forward, record] of [
      ['01-exchange-trust-lync.ps1', '01-exchange-trust-lync.changes.json'],
      ['02-lync-trust-exchange.ps1', '02-lync-trust-exchange.changes.json'],
      ['04-enable-archiving.ps1', '04-enable-archiving.changes.json'],
      ['05-enable-unified-contact-store.ps1', '05-enable-unified-contact-store.changes.json'],
    ]) {
      expect(text(bundle, forward as string)).toContain(`$changesPath = Join-Path $here '${record}'`);
      expect(text(bundle, forward as string)).toContain('Write-JsonFile $changesPath ([ordered]@{ runs = $runs })');
    }
  });
});
