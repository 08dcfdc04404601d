/** 03-verify.ps1: the final test, Test-CsExStorageConnectivity, with its output kept in a file the wizard reads. */
import { msg } from '../message-catalogue.js';
import { finishBlock, lyncRun, settingsBlock } from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const verifyScript = '03-verify.ps1';
export const verifyOutputFile = '03-verify-output.txt';

const shellCheck: ScriptBlock = {
  summary: msg('script.block.lync-shell'),
  code: [
    'if (-not (Get-Command Test-CsExStorageConnectivity -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Test-CsExStorageConnectivity is not available: open the Lync Server Management Shell (Skype for Business Server Management Shell) on a Front End server and run this script again.')}`,
    '}',
  ].join('\n'),
};

/** Runs one test, keeping every stream's lines (verbose included: it shows the HTTP exchange with Exchange). */
const runTestFunction = [
  'function Invoke-StorageTest([string]$title, [scriptblock]$test) {',
  "    $lines.Add(('=== {0}' -f $title))",
  '    try {',
  '        & $test 4>&1 3>&1 | ForEach-Object {',
  "            if ($_ -is [System.Management.Automation.VerboseRecord]) { $text = 'VERBOSE: ' + $_.Message }",
  "            elseif ($_ -is [System.Management.Automation.WarningRecord]) { $text = 'WARNING: ' + $_.Message }",
  '            else { $text = ($_ | Out-String -Width 4096).TrimEnd() }',
  '            $lines.Add($text)',
  '            Write-Host $text',
  '        }',
  "        $lines.Add('=== RESULT: succeeded')",
  '        return $true',
  '    } catch {',
  '        $text = ($_ | Out-String -Width 4096).TrimEnd()',
  '        $lines.Add($text)',
  '        Write-Host $text -ForegroundColor Red',
  "        $lines.Add('=== RESULT: failed')",
  '        return $false',
  '    }',
  '}',
].join('\n');

function valuesBlock(values: ScriptValues): ScriptBlock {
  return {
    summary: msg('script.block.verify.values', { file: verifyOutputFile }),
    code: [
      `$testUser = ${q(values.testUserSipUri)}`,
      `$outputPath = Join-Path $here ${q(verifyOutputFile)}`,
      '$lines = New-Object System.Collections.Generic.List[string]',
      '$allSucceeded = $true',
      runTestFunction,
    ].join('\n'),
  };
}

function mainTest(values: ScriptValues): ScriptBlock {
  const command = `Test-CsExStorageConnectivity -SipUri ${q(values.testUserSipUri)}${values.options.deleteTestItem ? ' -DeleteItem' : ''} -Verbose`;
  return {
    summary: values.options.deleteTestItem
      ? msg('script.block.verify.test.delete')
      : msg('script.block.verify.test.keep'),
    code: [
      "if ($PSCmdlet.ShouldProcess($testUser, 'Write a test item into the mailbox (Test-CsExStorageConnectivity)')) {",
      `    $succeeded = Invoke-StorageTest ${q(command)} { ${command} }`,
      '    if (-not $succeeded) { $allSucceeded = $false }',
      '}',
    ].join('\n'),
  };
}

function archivingTest(values: ScriptValues): ScriptBlock {
  const command = `Test-CsExStorageConnectivity -SipUri ${q(values.testUserSipUri)} -Binding NetNamedPipe -Folder Dumpster${values.options.deleteTestItem ? ' -DeleteItem' : ''} -Verbose`;
  return {
    summary: msg('script.block.verify.archiving'),
    code: [
      "if ($PSCmdlet.ShouldProcess($testUser, 'Write a test item into Recoverable Items (Test-CsExStorageConnectivity -Folder Dumpster)')) {",
      `    $succeeded = Invoke-StorageTest ${q(command)} { ${command} }`,
      '    if (-not $succeeded) { $allSucceeded = $false }',
      '}',
    ].join('\n'),
  };
}

const writeOutput: ScriptBlock = {
  summary: msg('script.block.verify.output', { file: verifyOutputFile }),
  code: [
    'if ($lines.Count -eq 0) {',
    `    Write-Host ${q('No test ran (-WhatIf), so nothing was written.')}`,
    '} else {',
    '    [System.IO.File]::WriteAllLines($outputPath, $lines, (New-Object System.Text.UTF8Encoding($true)))',
    "    Write-Host ('The output is in {0}: open it in the wizard (Verify step), which explains what a failure means.' -f $outputPath)",
    '    if (-not $allSucceeded) {',
    `        throw (${q('The test failed for {0}. The Verify step of the wizard (or RUNBOOK.md, "When the test fails") maps the error above to its cause and fix.')} -f $testUser)`,
    '    }',
    `    Write-Host (${q("PASSED: Lync wrote into the mailbox of {0} through Exchange's trust: server-to-server authentication works in both directions.")} -f $testUser) -ForegroundColor Green`,
    '}',
  ].join('\n'),
};

export function buildVerifyScript(values: ScriptValues): ScriptSpec {
  return {
    path: verifyScript,
    title: msg('script.title.verify'),
    run: lyncRun(values, 'Lync admin, member of RTCUniversalUserAdmins or of the local RTC Local User Administrators group (else: Access Denied)'),
    changes: `nothing in the configuration; writes a test item into the mailbox of ${values.testUserSipUri}${values.options.deleteTestItem ? ' and deletes it' : ''}, and writes ${verifyOutputFile} beside the script.`,
    undo: null,
    blocks: [
      settingsBlock(verifyScript, false),
      valuesBlock(values),
      shellCheck,
      mainTest(values),
      ...(values.options.archiving ? [archivingTest(values)] : []),
      writeOutput,
      finishBlock('Done.'),
    ],
  };
}
