/** 04-enable-archiving.ps1: Lync archives IM transcripts into Exchange mailboxes (domain.md §7.1). */
import { msg } from '../message-catalogue.js';
import { appendChangesCode, finishBlock, lyncRun, readJsonFunction, settingsBlock, writeJsonFunction, formatAs } from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const archivingScript = '04-enable-archiving.ps1';
export const archivingUndo = 'rollback/undo-04-enable-archiving.ps1';

export const archivingScopeWarning =
  'This turns on archiving in the global archiving policy: the IM conversations of every user that policy governs are archived into their Exchange mailboxes (Recoverable Items). ' +
  'Users homed in the same forest as Exchange are governed by Exchange In-Place Hold or Litigation Hold instead. Agree this with whoever owns retention before running it.';

const values: ScriptBlock = {
  summary: msg('script.block.archiving.values', { file: '04-enable-archiving.changes.json' }),
  code: ["$changesPath = Join-Path $here '04-enable-archiving.changes.json'", readJsonFunction, writeJsonFunction].join('\n'),
};

const preCheck: ScriptBlock = {
  summary: msg('script.block.archiving.pre-check'),
  code: [
    'if (-not (Get-Command Set-CsArchivingConfiguration -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Set-CsArchivingConfiguration is not available: open the Lync Server Management Shell (Skype for Business Server Management Shell) on a Front End server and run this script again.')}`,
    '}',
    `Write-Warning ${q(archivingScopeWarning)}`,
    '$configuration = Get-CsArchivingConfiguration -Identity global',
    '$policy = Get-CsArchivingPolicy -Identity global',
    '$changes = [ordered]@{',
    "    script = '04-enable-archiving.ps1'",
    "    ranAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    archivingConfigurationBefore = [ordered]@{ enableArchiving = [string]$configuration.EnableArchiving; enableExchangeArchiving = [bool]$configuration.EnableExchangeArchiving }',
    '    archivingPolicyBefore = [ordered]@{ archiveInternal = [bool]$policy.ArchiveInternal; archiveExternal = [bool]$policy.ArchiveExternal }',
    '    changed = @()',
    '}',
  ].join('\n'),
};

const configuration: ScriptBlock = {
  summary: msg('script.block.archiving.configuration'),
  code: [
    "if ([string]$configuration.EnableArchiving -eq 'None') {",
    "    if ($PSCmdlet.ShouldProcess('global archiving configuration', 'Archive IM into Exchange (EnableArchiving ImOnly, EnableExchangeArchiving $true)')) {",
    '        Set-CsArchivingConfiguration -Identity global -EnableArchiving ImOnly -EnableExchangeArchiving $true',
    "        $changes.changed += 'ArchivingConfiguration'",
    '    }',
    '} elseif (-not $configuration.EnableExchangeArchiving) {',
    "    if ($PSCmdlet.ShouldProcess('global archiving configuration', 'Archive into Exchange (EnableExchangeArchiving $true)')) {",
    '        Set-CsArchivingConfiguration -Identity global -EnableExchangeArchiving $true',
    "        $changes.changed += 'ArchivingConfiguration'",
    '    }',
    '} else {',
    `    Write-Host ${q('OK: the global archiving configuration already archives into Exchange.')}`,
    '}',
  ].join('\n'),
};

const policy: ScriptBlock = {
  summary: msg('script.block.archiving.policy'),
  code: [
    'if (-not ($policy.ArchiveInternal -and $policy.ArchiveExternal)) {',
    "    if ($PSCmdlet.ShouldProcess('global archiving policy', 'Archive internal and external conversations')) {",
    '        Set-CsArchivingPolicy -Identity global -ArchiveInternal $true -ArchiveExternal $true',
    "        $changes.changed += 'ArchivingPolicy'",
    '    }',
    '} else {',
    `    Write-Host ${q('OK: the global archiving policy already archives internal and external conversations.')}`,
    '}',
  ].join('\n'),
};

const postCheck: ScriptBlock = {
  summary: msg('script.block.archiving.post-check'),
  code: [
    `Get-CsArchivingConfiguration -Identity global | ${formatAs('List', ['Identity', 'EnableArchiving', 'EnableExchangeArchiving'])} | Out-Host`,
    `Get-CsArchivingPolicy -Identity global | ${formatAs('List', ['Identity', 'ArchiveInternal', 'ArchiveExternal'])} | Out-Host`,
    'if ($changes.changed.Count -gt 0) {',
    ...appendChangesCode('changes').split('\n').map((line) => `    ${line}`),
    '}',
  ].join('\n'),
};

export function buildArchivingScript(projectValues: ScriptValues): ScriptSpec {
  return {
    path: archivingScript,
    title: msg('script.title.archiving'),
    run: lyncRun(projectValues),
    changes: 'sets EnableExchangeArchiving (and EnableArchiving ImOnly if archiving is off) in the global archiving configuration, and ArchiveInternal/ArchiveExternal in the global archiving policy. ' + archivingScopeWarning,
    undo: archivingUndo,
    blocks: [
      settingsBlock(archivingScript, false),
      values,
      preCheck,
      configuration,
      policy,
      postCheck,
      finishBlock('Archiving into Exchange is on. 03-verify.ps1 now also tests the Recoverable Items folder (-Folder Dumpster).'),
    ],
  };
}
