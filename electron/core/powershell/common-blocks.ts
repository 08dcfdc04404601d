/** Blocks every script shares: settings and transcript, the end, and where each side's scripts run. */
import { msg } from '../message-catalogue.js';
import { quotePs as q } from './quote.js';
import type { RunContext, ScriptBlock } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const exchangeAppId = '00000002-0000-0ff1-ce00-000000000000';
export const lyncAppId = '00000004-0000-0ff1-ce00-000000000000';

export function exchangeRun(values: ScriptValues): RunContext {
  return {
    side: 'exchange',
    shell: 'Exchange Management Shell, elevated (Run as administrator)',
    who: 'Exchange admin, member of Organization Management',
    where: `an Exchange server of the organization, e.g. ${values.exchangeServers[0]}`,
  };
}

export function lyncRun(values: ScriptValues, who = 'Lync admin, member of RTCUniversalServerAdmins'): RunContext {
  return {
    side: 'lync',
    shell: 'Lync Server Management Shell (Skype for Business Server Management Shell), elevated (Run as administrator)',
    who,
    where: `a Front End server of the pool ${values.lyncPoolFqdn}`,
  };
}

/** The start of every script: -WhatIf support, stop at the first error, a transcript beside the script. */
export function settingsBlock(scriptName: string, confirmEachChange: boolean): ScriptBlock {
  const binding = confirmEachChange ? "[CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')]" : '[CmdletBinding(SupportsShouldProcess)]';
  const base = scriptName.replace(/\.ps1$/, '');
  return {
    summary: confirmEachChange
      ? msg('script.block.settings.confirm')
      : msg('script.block.settings.what-if'),
    code: [
      '#Requires -Version 3.0',
      binding,
      'param()',
      '',
      "$ErrorActionPreference = 'Stop'",
      '$here = if ($PSScriptRoot) { $PSScriptRoot } else { (Get-Location).Path }',
      `$transcriptPath = Join-Path $here (${q(`${base}-{0}.log`)} -f (Get-Date -Format 'yyyyMMdd-HHmmss'))`,
      'Start-Transcript -Path $transcriptPath -WhatIf:$false | Out-Null',
      'trap {',
      "    Write-Host ('STOPPED: {0}' -f $_.Exception.Message) -ForegroundColor Red",
      "    Write-Host ('The transcript of this run is {0}' -f $transcriptPath)",
      "    try { Stop-Transcript | Out-Null } catch { Write-Verbose 'No transcript was running.' }",
      '    break',
      '}',
    ].join('\n'),
  };
}

export function finishBlock(message: string): ScriptBlock {
  return {
    summary: msg('script.block.finish'),
    code: [`Write-Host ${q(message)} -ForegroundColor Green`, "Write-Host ('The transcript of this run is {0}' -f $transcriptPath)", 'Stop-Transcript | Out-Null'].join('\n'),
  };
}

/** The date a script prints or compares, built from Get-Date so no locale string is ever parsed. */
export const isoDateFunction = [
  'function ConvertTo-IsoDate($value) {',
  '    if ($null -eq $value -or [string]$value -eq \'\') { return $null }',
  "    return ([datetime]$value).ToUniversalTime().ToString('o')",
  '}',
].join('\n');

export const textOrNullFunction = [
  'function ConvertTo-TextOrNull($value) {',
  '    if ($null -eq $value) { return $null }',
  '    $text = [string]$value',
  "    if ($text -eq '') { return $null }",
  '    return $text',
  '}',
].join('\n');

/**
 * Downloads a metadata document the way the other side will, so a DNS, firewall or TLS-trust problem stops the
 * script before anything changes. `onUntrusted` is what happens when only the TLS trust fails.
 */
export function metadataCheckCode(options: {
  url: string;
  expectedServiceName: string;
  whatItIs: string;
  ownerFix: string;
  untrustedIsWarning: string | null;
}): string {
  const untrusted = options.untrustedIsWarning
    ? [
        "    if ($_.Exception -is [System.Net.WebException] -and $_.Exception.Status -eq 'TrustFailure') {",
        `        Write-Warning ${q(options.untrustedIsWarning)}`,
        '        $metadata = $null',
        '    } else {',
        `        throw (${q(`Cannot download ${options.whatItIs} from this server: {0} ${options.ownerFix}`)} -f $_.Exception.Message)`,
        '    }',
      ]
    : [`    throw (${q(`Cannot download ${options.whatItIs} from this server: {0} ${options.ownerFix}`)} -f $_.Exception.Message)`];
  return [
    '# Windows PowerShell 5.1 offers only TLS 1.0 unless asked; add TLS 1.2 for this session (certificate checks stay on).',
    '[System.Net.ServicePointManager]::SecurityProtocol = [System.Net.ServicePointManager]::SecurityProtocol -bor [System.Net.SecurityProtocolType]::Tls12',
    'try {',
    `    $response = Invoke-WebRequest -Uri ${q(options.url)} -UseBasicParsing -TimeoutSec 30`,
    "    $body = if ($response.Content -is [byte[]]) { [System.Text.Encoding]::UTF8.GetString($response.Content) } else { [string]$response.Content }",
    '    $metadata = $body | ConvertFrom-Json',
    '} catch {',
    ...untrusted,
    '}',
    'if ($null -ne $metadata) {',
    '    if (-not $metadata.keys) {',
    `        throw ${q(`${options.url} answered, but its document holds no signing key; it is not ${options.whatItIs}. ${options.ownerFix}`)}`,
    '    }',
    `    if ($metadata.serviceName -ne ${q(options.expectedServiceName)}) {`,
    `        Write-Warning (${q(`The serviceName of ${options.url} is '{0}', not ${options.expectedServiceName}; check that the URL names the right server.`)} -f $metadata.serviceName)`,
    '    }',
    `    Write-Host ${q(`OK: ${options.url} is reachable from this server and holds a signing key.`)}`,
    '}',
  ].join('\n');
}

/** Reads a JSON file the bundle wrote earlier (a changes record or a collected state), or $null when it is not there. */
export const readJsonFunction = [
  'function Read-JsonFile([string]$path) {',
  '    if (-not (Test-Path -LiteralPath $path)) { return $null }',
  '    return (Get-Content -LiteralPath $path -Raw -Encoding UTF8 | ConvertFrom-Json)',
  '}',
].join('\n');

/** Writes UTF-8 with a BOM, which every Windows PowerShell reads back correctly; not subject to -WhatIf. */
export const writeJsonFunction = [
  'function Write-JsonFile([string]$path, $value) {',
  '    $json = ConvertTo-Json -InputObject $value -Depth 6',
  '    [System.IO.File]::WriteAllText($path, $json, (New-Object System.Text.UTF8Encoding($true)))',
  '}',
].join('\n');

/**
 * Appends this run to the script's changes record (`<script>.changes.json` beside it), which the rollback
 * script reads: each run adds, so a later re-run that changes nothing never hides what an earlier one created.
 */
export function appendChangesCode(recordVariable: string): string {
  return [
    '$record = Read-JsonFile $changesPath',
    '$runs = @()',
    'if ($null -ne $record) { $runs = @($record.runs) }',
    `$runs += $${recordVariable}`,
    'Write-JsonFile $changesPath ([ordered]@{ runs = $runs })',
    "Write-Host ('What this run changed is recorded in {0} (the rollback script reads it).' -f $changesPath)",
  ].join('\n');
}

/** `Format-List -Property 'A', 'B'`: the property names quoted, as a list argument reads unambiguously. */
export function formatAs(kind: 'List' | 'Table', properties: readonly string[], autoSize = false): string {
  return `Format-${kind} -Property ${properties.map(q).join(', ')}${autoSize ? ' -AutoSize' : ''}`;
}
