/** 03-verify.ps1: the final test, Test-CsExStorageConnectivity, with its output kept in a file the wizard reads. */
import { finishBlock, lyncRun, settingsBlock } from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const verifyScript = '03-verify.ps1';
export const verifyOutputFile = '03-verify-output.txt';

const shellCheck: ScriptBlock = {
  summary: 'Pre-check: this is the Lync Server (Skype for Business Server) Management Shell.',
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
    summary: `Values from the project: the test user, and the file that keeps the test's output (${verifyOutputFile}, for the wizard's Verify step).`,
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
      ? "The final test: the Storage Service logs on to Exchange as Lync, writes a test item into the test user's Conversation History and deletes it (-DeleteItem)."
      : "The final test: the Storage Service logs on to Exchange as Lync and writes a test item into the test user's Conversation History (kept: the project asks not to delete it).",
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
    summary: "Archiving check: the same test against the mailbox's Recoverable Items (-Folder Dumpster), where Exchange archiving keeps IM transcripts; it fails until the user is enabled for archiving.",
    code: [
      "if ($PSCmdlet.ShouldProcess($testUser, 'Write a test item into Recoverable Items (Test-CsExStorageConnectivity -Folder Dumpster)')) {",
      `    $succeeded = Invoke-StorageTest ${q(command)} { ${command} }`,
      '    if (-not $succeeded) { $allSucceeded = $false }',
      '}',
    ].join('\n'),
  };
}

const writeOutput: ScriptBlock = {
  summary: `Post-check: writes the output to ${verifyOutputFile} (UTF-8) and says whether the test passed.`,
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
    title: 'Verify: Lync writes into an Exchange mailbox',
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
