/** 05-enable-unified-contact-store.ps1: the unified contact store for the test user (domain.md §7.2). */
import { msg } from '../message-catalogue.js';
import { appendChangesCode, finishBlock, lyncRun, readJsonFunction, settingsBlock, textOrNullFunction, writeJsonFunction, formatAs } from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const contactStoreScript = '05-enable-unified-contact-store.ps1';
export const contactStoreUndo = 'rollback/undo-05-enable-unified-contact-store.ps1';
export const contactStorePolicy = 'AllowUnifiedContactStore';

function valuesBlock(values: ScriptValues): ScriptBlock {
  return {
    summary: msg('script.block.contact-store.values', { policy: contactStorePolicy }),
    code: [
      `$testUser = ${q(values.testUserSipUri)}`,
      `$policyName = ${q(contactStorePolicy)}`,
      "$changesPath = Join-Path $here '05-enable-unified-contact-store.changes.json'",
      readJsonFunction,
      writeJsonFunction,
      textOrNullFunction,
    ].join('\n'),
  };
}

const preCheck: ScriptBlock = {
  summary: msg('script.block.contact-store.pre-check'),
  code: [
    'if (-not (Get-Command Grant-CsUserServicesPolicy -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Grant-CsUserServicesPolicy is not available: open the Lync Server Management Shell (Skype for Business Server Management Shell) on a Front End server and run this script again.')}`,
    '}',
    'try { $user = Get-CsUser -Identity $testUser } catch {',
    `    throw (${q('The test user {0} is not a Lync user: {1} Enable the user for Lync, or pick another test user in the project.')} -f $testUser, $_.Exception.Message)`,
    '}',
    '$globalPolicy = Get-CsUserServicesPolicy -Identity global',
    '$changes = [ordered]@{',
    "    script = '05-enable-unified-contact-store.ps1'",
    "    ranAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    createdPolicy = $null',
    '    grantedUser = $null',
    '    userPolicyBefore = ConvertTo-TextOrNull $user.UserServicesPolicy',
    '}',
  ].join('\n'),
};

function enable(values: ScriptValues): ScriptBlock {
  return {
  summary:
    msg('script.block.contact-store.grant'),
  code: [
    'if ($globalPolicy.UcsAllowed) {',
    `    Write-Host ${q('The global user services policy already allows the unified contact store (UcsAllowed True): with server-to-server authentication in place, every user it governs moves their contacts to Exchange at sign-in. Nothing to change.')}`,
    '} else {',
    '    try { $pilotPolicy = Get-CsUserServicesPolicy -Identity $policyName } catch { $pilotPolicy = $null }',
    '    if (-not $pilotPolicy) {',
    "        if ($PSCmdlet.ShouldProcess($policyName, 'Create a user services policy that allows the unified contact store')) {",
    `            New-CsUserServicesPolicy -Identity ${q(contactStorePolicy)} -UcsAllowed $true`,
    '            $changes.createdPolicy = $policyName',
    '        }',
    '    } elseif (-not $pilotPolicy.UcsAllowed) {',
    `        throw (${q('The user services policy {0} exists but does not allow the unified contact store (UcsAllowed False). Allow it (Set-CsUserServicesPolicy -Identity {0} -UcsAllowed $true) or remove it, then run this script again.')} -f $policyName)`,
    '    }',
    "    if ($PSCmdlet.ShouldProcess($testUser, ('Grant the user services policy {0}' -f $policyName))) {",
    `        Grant-CsUserServicesPolicy -Identity ${q(values.testUserSipUri)} -PolicyName ${q(contactStorePolicy)}`,
    '        $changes.grantedUser = $testUser',
    '    }',
    '}',
  ].join('\n'),
  };
}

function postCheck(values: ScriptValues): ScriptBlock {
  return {
    summary: msg('script.block.contact-store.post-check'),
    code: [
      `Get-CsUserServicesPolicy | ${formatAs('Table', ['Identity', 'UcsAllowed', 'MigrationDelayInDays'], true)} | Out-Host`,
      'if ($changes.createdPolicy -or $changes.grantedUser) {',
      ...appendChangesCode('changes').split('\n').map((line) => `    ${line}`),
      '}',
      "if ($PSCmdlet.ShouldProcess($testUser, 'Test contact-store notifications from Exchange (Test-CsExStorageNotification)')) {",
      `    Test-CsExStorageNotification -SipUri ${q(values.testUserSipUri)} -Binding NetNamedPipe${values.options.deleteTestItem ? ' -DeleteItem' : ''} | Out-Host`,
      '}',
      `Write-Host ${q('The contacts of a user move to Exchange at their next sign-in; this can take 10 minutes or more.')}`,
    ].join('\n'),
  };
}

export function buildContactStoreScript(values: ScriptValues): ScriptSpec {
  return {
    path: contactStoreScript,
    title: msg('script.title.unified-contact-store'),
    run: lyncRun(values),
    changes: `if the global user services policy does not allow the unified contact store: creates the policy ${contactStorePolicy} (UcsAllowed $true) and grants it to ${values.testUserSipUri}; otherwise nothing.`,
    undo: contactStoreUndo,
    blocks: [
      settingsBlock(contactStoreScript, false),
      valuesBlock(values),
      preCheck,
      enable(values),
      postCheck(values),
      finishBlock('Done. To give more users the contact store, grant them the same policy (Grant-CsUserServicesPolicy).'),
    ],
  };
}
