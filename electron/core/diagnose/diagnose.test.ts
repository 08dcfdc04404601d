import { exampleProject } from '../../../tests/helpers/example-project.js';
import { readFileSync } from 'node:fs';
import { diagnoseContextOf, noProjectContext, type DiagnoseContext } from './diagnose-context.js';
import { diagnoseBytes, diagnoseText, type Diagnosis } from './diagnose.js';
import { scriptValuesOf } from '../powershell/script-values.js';
import { buildVerifyScript } from '../powershell/verify.js';
import { testCommands } from './test-commands.js';

const corpus = (path: string) => readFileSync(new URL(`../../../tests/fixtures/diagnose/${path}`, import.meta.url), 'utf8');
const project = exampleProject();
const litware: DiagnoseContext = diagnoseContextOf(project);

function only(diagnosis: Diagnosis) {
  expect(diagnosis.findings).toHaveLength(1);
  const [finding] = diagnosis.findings;
  return { finding: finding as NonNullable<typeof finding>, evidence: diagnosis.evidence[(finding as NonNullable<typeof finding>).id] ?? [] };
}

/** The fix's command lines (comments left out). */
const commandsOf = (fix: string | undefined) => (fix ?? '').split('\n').filter((line) => !line.startsWith('#'));

describe('diagnoseText', () => {
  it('diag.wildcard-accepted-domain: names the realm from x-ms-diagnostics, shows the 401 and the 2000004 lines, and defines the realm explicitly', () => {
    const { finding, evidence } = only(diagnoseText(corpus('diag.wildcard-accepted-domain/verbose.txt')));
    expect(finding).toMatchObject({ id: 'diag.wildcard-accepted-domain', severity: 'error', subject: 'contoso.com' });
    expect(finding.detail).toContain('2000004');
    expect(finding.detail).toContain('*.contoso.com');
    expect(evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining([
        'HTTP/1.1 401 Unauthorized',
        `x-ms-diagnostics: 2000004;reason="The tenant for tenant guid 'contoso.com' does not exist.";error_category="invalid_tenant"`,
      ]),
    );
    expect(evidence.find((e) => e.text === 'HTTP/1.1 401 Unauthorized')?.line).toBe(9);
    expect(commandsOf(finding.fix)).toContain("New-AcceptedDomain -Name 'contoso.com' -DomainName 'contoso.com' -DomainType Authoritative");
    expect(commandsOf(finding.fix)).toContain("Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@contoso.com' -DeleteItem -Verbose");
  });

  it('joins the lines an 80-column console wrapped: the evidence is the line PowerShell wrote, numbered where it starts', () => {
    const diagnosis = diagnoseBytes(readFileSync(new URL('../../../tests/fixtures/diagnose/diag.wildcard-accepted-domain/verbose-80-columns-crlf.txt', import.meta.url)), 'w.txt');
    if (!diagnosis.ok) throw new Error(diagnosis.error.message);
    expect(diagnosis.value.input).toMatchObject({ encoding: 'utf-8', consoleWidth: 80, transcript: false });
    const evidence = diagnosis.value.evidence['diag.wildcard-accepted-domain'] ?? [];
    const header = evidence.find((e) => e.text.startsWith('x-ms-diagnostics'));
    expect(header?.text).toBe(`x-ms-diagnostics: 2000004;reason="The tenant for tenant guid 'contoso.com' does not exist.";error_category="invalid_tenant"`);
    expect(header?.line).toBeGreaterThan(20);
  });

  it('diag.oauth-401 with -Verbose: reads trusted_issuers and says Exchange has no Lync partner application; the project fills the fix', () => {
    const { finding, evidence } = only(diagnoseText(corpus('diag.oauth-401/verbose-no-lync-issuer.txt'), litware));
    expect(finding).toMatchObject({ id: 'diag.oauth-401', severity: 'error' });
    expect(finding.detail).toContain('trusted_issuers="00000001-0000-0000-c000-000000000000@*" and no Lync issuer');
    expect(evidence.map((e) => e.text)).toContain('HTTP/1.1 401 Unauthorized');
    const commands = commandsOf(finding.fix);
    expect(commands).toContain("iisreset 'atl-exchange-001.litwareinc.com'");
    expect(commands).toContain(
      'Get-WebServicesVirtualDirectory -ADPropertiesOnly | Where-Object { -not $_.OAuthAuthentication } | Set-WebServicesVirtualDirectory -OAuthAuthentication $true',
    );
    expect(finding.fix).toContain("-AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync");
  });

  it('diag.oauth-401 when Exchange trusts the project realm: the partner application exists, so OAuth on a virtual directory or a stale key', () => {
    const trusted = corpus('diag.oauth-401/verbose-no-lync-issuer.txt').replace('00000001-0000-0000-c000-000000000000@*', '00000004-0000-0ff1-ce00-000000000000@litwareinc.com');
    expect(only(diagnoseText(trusted, litware)).finding.detail).toContain('Exchange trusts the Lync issuer 00000004-0000-0ff1-ce00-000000000000@litwareinc.com');
    const otherRealm = trusted.replace('00000004-0000-0ff1-ce00-000000000000@litwareinc.com', '00000004-0000-0ff1-ce00-000000000000@fabrikam.com');
    expect(only(diagnoseText(otherRealm, litware)).finding.detail).toContain("the project's realm is litwareinc.com");
  });

  it('diag.oauth-401 without -Verbose says how to see the trusted issuers, and names the values it does not know', () => {
    const { finding } = only(diagnoseText(corpus('diag.oauth-401/no-verbose.txt')));
    expect(finding.detail).toContain('Run the test with -Verbose');
    expect(commandsOf(finding.fix)).toContain("iisreset '<each Exchange server>'");
  });

  it('diag.access-denied names the RTC groups; "Access denied" from iisreset is not that', () => {
    const { finding, evidence } = only(diagnoseText(corpus('diag.access-denied/no-verbose.txt')));
    expect(finding.detail).toContain('RTC Local User Administrators');
    expect(evidence.map((e) => e.text)).toEqual([
      'Test-CsExStorageConnectivity : Access Denied.',
      '    + FullyQualifiedErrorId : AccessDenied,Microsoft.Rtc.Management.ExStorage.TestCsExStorageConnectivityCmdlet',
    ]);
    expect(commandsOf(finding.fix)).toContain("Add-ADGroupMember -Identity 'RTCUniversalUserAdmins' -Members '<the account that runs the test>'");
    expect(only(diagnoseText(corpus('diag.unknown/iisreset-access-denied.txt'))).finding.id).toBe('diag.unknown');
  });

  it('diag.autodiscover-failed: a 404 from the URL the Storage Service used, and an ExchangeAutodiscoverUrl ending in .xml', () => {
    const notFound = only(diagnoseText(corpus('diag.autodiscover-failed/verbose-404.txt'), litware)).finding;
    expect(notFound.subject).toBe('https://autodiscover.litwareinc.com/autodiscover/badautodiscover.svc');
    expect(notFound.detail).toContain('(404) Not Found');
    expect(commandsOf(notFound.fix)).toContain("Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://autodiscover.litwareinc.com/autodiscover/autodiscover.svc'");
    const xml = only(diagnoseText(corpus('diag.autodiscover-failed/oauth-configuration-xml.txt'))).finding;
    expect(xml.detail).toContain('The URL ends in .xml');
    expect(commandsOf(xml.fix)).toContain("Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl 'https://<Autodiscover FQDN>/autodiscover/autodiscover.svc'");
    const debug = only(diagnoseText(corpus('diag.autodiscover-failed/debug-csstorageservicefailures.txt'))).finding;
    expect(debug.subject).toBe('https://dc.vdomain.com/autodiscover/badautodiscover.svc');
  });

  it('diag.empty-response says plainly that the cause is not documented and lists what to check, Debug-CsStorageServiceFailures first', () => {
    const { finding, evidence } = only(diagnoseText(corpus('diag.empty-response/no-verbose.txt')));
    expect(finding.detail).toContain('The cause is not documented');
    expect(commandsOf(finding.fix)[0]).toBe("Debug-CsStorageServiceFailures -SipUri 'sip:kenmyer@litwareinc.com'");
    expect(finding.fix?.split('\n')[0]).toMatch(/^# 1\. /);
    expect(evidence[0]?.text).toContain("Error code: 574, Error message: Client found response content type of '', but expected 'text/xml'.");
  });

  it('diag.metadata-download-failed: sees the URL without /autodiscover and fixes it', () => {
    const { finding } = only(diagnoseText(corpus('diag.metadata-download-failed/new-cspartnerapplication.txt')));
    expect(finding.subject).toBe('https://autodiscover.litwareinc.com/metadata/json/1');
    expect(finding.detail).toContain("The URL's path is /metadata/json/1");
    expect(commandsOf(finding.fix)).toContain("New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1'");
  });

  it('diag.no-mailbox: InvalidUser from Autodiscover is the user, not Autodiscover; the Dumpster run also needs archiving', () => {
    const { finding, evidence } = only(diagnoseText(corpus('diag.no-mailbox/verbose.txt')));
    expect(finding.subject).toBe('sip:pilarp@litwareinc.com');
    expect(commandsOf(finding.fix)).toContain("Get-Mailbox -Identity 'pilarp@litwareinc.com' | Format-List -Property 'Name', 'PrimarySmtpAddress', 'Database', 'ExchangeVersion'");
    expect(evidence.length).toBeGreaterThan(0);
    const dumpster = corpus('diag.no-mailbox/ews-non-existent-mailbox.txt').replace('-DeleteItem', '-Folder Dumpster -DeleteItem');
    expect(only(diagnoseText(dumpster)).finding.detail).toContain('enabled for Exchange archiving');
  });

  it('diag.success: from the verbose verdict, from a quiet run between two prompts, and from Configure-EnterprisePartnerApplication.ps1', () => {
    const verbose = only(diagnoseText(corpus('diag.success/verbose.txt')));
    expect(verbose.finding).toMatchObject({ id: 'diag.success', severity: 'ok', subject: 'sip:kenmyer@litwareinc.com' });
    expect(verbose.evidence.map((e) => e.text)).toContain('VERBOSE: Is command successful: True');
    expect(only(diagnoseText(corpus('diag.success/no-verbose-prompt.txt'))).evidence[0]?.line).toBe(1);
    expect(only(diagnoseText(corpus('diag.success/configure-enterprise-partner-application.txt'))).finding.detail).toContain('THE CONFIGURATION HAS SUCCEEDED');
  });

  it('a quiet run is not a success when the prompt never comes back, or when something between reads like an error', () => {
    expect(only(diagnoseText('PS C:\\> Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com" -DeleteItem\n')).finding.id).toBe('diag.unknown');
    expect(only(diagnoseText('PS C:\\> Test-CsExStorageConnectivity -SipUri "sip:kenmyer@litwareinc.com"\nWARNING: the Storage Service is starting\nPS C:\\>\n')).finding.id).toBe(
      'diag.unknown',
    );
  });

  it('ignores the transcript header and footer, even when they hold words of a failure', () => {
    const transcript = corpus('diag.success/03-verify-transcript.txt').replace('Process ID: 5312', 'Process ID: 5312\nHost Application: (401) Unauthorized Access Denied error code 574');
    const diagnosis = diagnoseText(transcript);
    expect(only(diagnosis).finding.id).toBe('diag.success');
    expect(diagnosis.input.transcript).toBe(true);
  });

  it('when one run passed and another failed (the archiving run), reports the failure and says another run succeeded', () => {
    const twoRuns = `${corpus('diag.success/verbose.txt')}${corpus('diag.no-mailbox/ews-non-existent-mailbox.txt').replace('-DeleteItem', '-Folder Dumpster -DeleteItem')}`;
    const { finding } = only(diagnoseText(twoRuns));
    expect(finding.id).toBe('diag.no-mailbox');
    expect(finding.detail).toMatch(/Another run in this output succeeded \(line \d+\)\./);
  });

  it('diag.unknown shows the lines that look like errors; an empty output and an output with nothing wrong are warnings', () => {
    const unknown = only(diagnoseText(corpus('diag.unknown/not-lync-management-shell.txt')));
    expect(unknown.finding.severity).toBe('error');
    expect(unknown.evidence.map((e) => e.text)).toEqual(
      expect.arrayContaining([expect.stringContaining("The term 'Test-CsExStorageConnectivity' is not recognized"), expect.stringContaining('+ CategoryInfo')]),
    );
    expect(unknown.evidence.map((e) => e.text)).not.toContain(expect.stringMatching(/^PS C:/));
    const empty = only(diagnoseText(' \r\n\r\n'));
    expect(empty.finding).toMatchObject({ id: 'diag.unknown', severity: 'warning' });
    expect(empty.finding.detail).toContain('The output is empty.');
    expect(only(diagnoseText('VERBOSE: Create message.\n')).finding.severity).toBe('warning');
  });

  it('never puts a value from the output into a fix command unless it has its exact form', () => {
    const hostile = corpus('diag.wildcard-accepted-domain/verbose.txt')
      .replaceAll("tenant guid 'contoso.com'", "tenant guid 'x'';Remove-Item C:\\ -Recurse;'''")
      .replaceAll('sip:kenmyer@contoso.com', 'sip:ken$(calc)@contoso.com');
    const { finding } = only(diagnoseText(hostile, noProjectContext));
    expect(finding.fix).not.toContain('Remove-Item');
    expect(finding.fix).not.toContain('$(calc)');
    expect(commandsOf(finding.fix)).toContain("New-AcceptedDomain -Name '<realm>' -DomainName '<realm>' -DomainType Authoritative");
  });
});

describe('what 03-verify.ps1 writes', () => {
  it('holds the verdict lines and the VERBOSE: prefix the diagnosis reads', () => {
    const values = scriptValuesOf({ ...project, options: { ...project.options, archiving: true } }, null);
    if (!values.ok) throw new Error(values.error.message);
    const code = buildVerifyScript(values.value).blocks.map((block) => block.code).join('\n');
    for (const written of ["'=== RESULT: succeeded'", "'=== RESULT: failed'", "'VERBOSE: '", '-Folder Dumpster']) expect(code).toContain(written);
    expect(only(diagnoseText(corpus('diag.success/03-verify-output.txt'))).finding.detail).toContain('and, in the archiving run, to the Recoverable Items (Dumpster) folder');
  });
});

describe('diagnoseBytes', () => {
  it('reads UTF-16LE without a BOM and windows-1252, and refuses a binary file naming it', () => {
    const text = corpus('diag.access-denied/no-verbose.txt');
    const noBom = diagnoseBytes(Buffer.from(text, 'utf16le'), 'out.txt');
    expect(noBom.ok && noBom.value.input.encoding).toBe('utf-16le');
    expect(noBom.ok && noBom.value.findings[0]?.id).toBe('diag.access-denied');
    const ansi = diagnoseBytes(Buffer.from(`${text}Stra\xdfe\n`, 'latin1'), 'out.txt');
    expect(ansi.ok && ansi.value.input.encoding).toBe('windows-1252');
    const binary = diagnoseBytes(Uint8Array.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]), 'report.exe');
    expect(binary).toEqual({ ok: false, error: expect.objectContaining({ code: 'text.not-text', subject: 'report.exe' }) });
    expect(binary.ok ? '' : binary.error.message).toContain('report.exe is not a text file');
  });
});

describe('testCommands', () => {
  it('runs the test for the project user with -DeleteItem and -Verbose, and the Dumpster run when archiving is chosen', () => {
    const plain = testCommands(project);
    expect(plain).toEqual({ ok: true, value: [{ folder: 'ConversationHistory', command: "Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose" }] });
    const archiving = testCommands({ ...project, testUserSipUri: "sip:o'brien@litwareinc.com", options: { ...project.options, archiving: true, deleteTestItem: false } });
    expect(archiving.ok && archiving.value.map((c) => c.command)).toEqual([
      "Test-CsExStorageConnectivity -SipUri 'sip:o''brien@litwareinc.com' -Verbose",
      "Test-CsExStorageConnectivity -SipUri 'sip:o''brien@litwareinc.com' -Folder Dumpster -Verbose",
    ]);
    const missing = testCommands({ ...project, testUserSipUri: '' });
    expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'verify.no-test-user', subject: 'testUserSipUri' }) });
  });
});
