/**
 * rollback/: each script undoes exactly what one forward script created or changed, as that script recorded it
 * in its `*.changes.json` (or, for 01 and 02 when there is no record, as the 00-collect state taken before
 * shows it). Removals ask first (ConfirmImpact High) and all of them honour -WhatIf.
 */
import type { Message } from '../messages.js';
import { msg } from '../message-catalogue.js';
import { exchangeAppId, exchangeRun, finishBlock, lyncRun, readJsonFunction, settingsBlock, formatAs } from './common-blocks.js';
import { exchangeStateFileName, lyncStateFileName } from './collect-state.js';
import { archivingUndo } from './enable-archiving.js';
import { contactStoreUndo } from './enable-unified-contact-store.js';
import { exchangeTrustUndo } from './exchange-trust-lync.js';
import { lyncTrustUndo } from './lync-trust-exchange.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

function recordsBlock(summary: Message, changesFile: string, stateFile: string | null, extra: string[] = []): ScriptBlock {
  return {
    summary,
    code: [
      '$bundleRoot = Split-Path $here -Parent',
      `$changesPath = Join-Path $bundleRoot ${q(changesFile)}`,
      ...(stateFile ? [`$statePath = Join-Path $bundleRoot ${q(stateFile)}`] : []),
      ...extra,
      readJsonFunction,
      '$record = Read-JsonFile $changesPath',
      ...(stateFile ? ['$state = Read-JsonFile $statePath'] : []),
      '$runs = @()',
      'if ($null -ne $record) { $runs = @($record.runs) }',
    ].join('\n'),
  };
}

function shellCheck(command: string, shell: string): ScriptBlock {
  return {
    summary: shell === 'Exchange Management Shell' ? msg('script.block.exchange-shell') : msg('script.block.lync-shell.long'),
    code: [
      `if (-not (Get-Command ${command} -ErrorAction SilentlyContinue)) {`,
      `    throw ${q(`${command} is not available: open the ${shell} and run this script again.`)}`,
      '}',
    ].join('\n'),
  };
}

function undoExchangeTrust(values: ScriptValues): ScriptSpec {
  return {
    path: exchangeTrustUndo,
    title: msg('script.title.undo-exchange-trust'),
    run: exchangeRun(values),
    changes:
      'removes the Lync partner application(s) that 01-exchange-trust-lync.ps1 created and, if that run created them, the LyncEnterprise-ApplicationAccount mail user and its role assignments; then restarts IIS. Refreshes cannot be undone and need not be.',
    undo: null,
    blocks: [
      settingsBlock(exchangeTrustUndo.split('/')[1] as string, true),
      recordsBlock(
        msg('script.block.undo-exchange-trust.records', {
          changesFile: '01-exchange-trust-lync.changes.json',
          stateFile: exchangeStateFileName,
          collectScript: '00-collect-exchange-state.ps1',
        }),
        '01-exchange-trust-lync.changes.json',
        exchangeStateFileName,
        [`$lyncMetadataUrl = ${q(values.lyncMetadataUrl)}`, `$exchangeServers = @(${values.exchangeServers.map(q).join(', ')})`],
      ),
      shellCheck('Get-PartnerApplication', 'Exchange Management Shell'),
      {
        summary: msg('script.block.undo-exchange-trust.plan'),
        code: [
          '$applications = @(); $accounts = @(); $roleAssignments = @()',
          'if ($runs.Count -gt 0) {',
          '    foreach ($run in $runs) {',
          '        $applications += @($run.createdPartnerApplications | Where-Object { $_ })',
          '        $roleAssignments += @($run.createdRoleAssignments | Where-Object { $_ })',
          '        if ($run.createdAccount) { $accounts += [string]$run.createdAccount }',
          '    }',
          "    Write-Host ('Using {0}.' -f $changesPath)",
          '} elseif ($null -ne $state) {',
          '    $before = @($state.partnerApplications | ForEach-Object { [string]$_.name })',
          "    $applications = @(Get-PartnerApplication | Where-Object { ($_.AuthMetadataUrl -eq $lyncMetadataUrl -or $_.Name -like 'LyncEnterprise-*') -and $before -notcontains [string]$_.Name } | ForEach-Object { [string]$_.Name })",
          `    Write-Warning (${q('No changes record: using {0}. The LyncEnterprise-ApplicationAccount mail user and its role assignments stay, since nothing recorded that this bundle created them.')} -f $statePath)`,
          '} else {',
          `    throw (${q('Nothing says what 01-exchange-trust-lync.ps1 created: neither 01-exchange-trust-lync.changes.json nor exchange-state.json is in {0}. Copy them there from the folder where the scripts ran, or follow RUNBOOK.md ("Rollback") by hand.')} -f $bundleRoot)`,
          '}',
          '$applications = @($applications | Select-Object -Unique)',
          '$roleAssignments = @($roleAssignments | Select-Object -Unique)',
          '$accounts = @($accounts | Select-Object -Unique)',
          'if ($applications.Count + $roleAssignments.Count + $accounts.Count -eq 0) {',
          `    Write-Host ${q('Nothing to remove: 01-exchange-trust-lync.ps1 only refreshed an application that existed before.')}`,
          '}',
        ].join('\n'),
      },
      {
        summary: msg('script.block.undo-exchange-trust.remove'),
        code: [
          '$removed = 0',
          'foreach ($name in $applications) {',
          '    if (@(Get-PartnerApplication | Where-Object { [string]$_.Name -eq $name }).Count -eq 0) {',
          "        Write-Host ('Already gone: partner application {0}' -f $name)",
          '    } elseif ($PSCmdlet.ShouldProcess($name, \'Remove the partner application\')) {',
          '        Remove-PartnerApplication -Identity $name -Confirm:$false',
          '        $removed++',
          '    }',
          '}',
          'foreach ($assignment in $roleAssignments) {',
          "    if ($PSCmdlet.ShouldProcess($assignment, 'Remove the management role assignment')) {",
          '        try { Remove-ManagementRoleAssignment -Identity $assignment -Confirm:$false } catch { Write-Warning (\'Not removed: {0}: {1}\' -f $assignment, $_.Exception.Message) }',
          '    }',
          '}',
          'foreach ($account in $accounts) {',
          "    if ($PSCmdlet.ShouldProcess($account, 'Remove the mail user that Configure-EnterprisePartnerApplication.ps1 created')) {",
          '        try { Remove-MailUser -Identity $account -Confirm:$false } catch { Write-Warning (\'Not removed: {0}: {1}\' -f $account, $_.Exception.Message) }',
          '    }',
          '}',
        ].join('\n'),
      },
      {
        summary: msg('script.block.undo-exchange-trust.post-check'),
        code: [
          `Get-PartnerApplication | Where-Object { $_.AuthMetadataUrl -eq $lyncMetadataUrl -or $_.Name -like 'LyncEnterprise-*' } | ${formatAs('List', ['Name', 'ApplicationIdentifier', 'Enabled', 'AuthMetadataUrl'])} | Out-Host`,
          'if ($removed -gt 0) {',
          "    $thisServer = @($exchangeServers | Where-Object { $_.Split('.')[0] -eq $env:COMPUTERNAME })",
          "    $orderedServers = @($exchangeServers | Where-Object { $_.Split('.')[0] -ne $env:COMPUTERNAME }) + $thisServer",
          '    foreach ($server in $orderedServers) {',
          "        if ($PSCmdlet.ShouldProcess($server, 'Restart IIS (iisreset)')) {",
          '            & iisreset.exe $server',
          `            if ($LASTEXITCODE -ne 0) { throw (${q('iisreset {0} failed with exit code {1}; run it in an elevated prompt with rights on that server.')} -f $server, $LASTEXITCODE) }`,
          '        }',
          '    }',
          '}',
        ].join('\n'),
      },
      finishBlock('Rollback of 01 done: Exchange no longer trusts Lync through what this bundle created.'),
    ],
  };
}

function undoLyncTrust(values: ScriptValues): ScriptSpec {
  return {
    path: lyncTrustUndo,
    title: msg('script.title.undo-lync-trust'),
    run: lyncRun(values),
    changes:
      "removes the partner application 'Exchange' if 02-lync-trust-exchange.ps1 created it, or gives an updated one back its metadata URL and trust level; restores ExchangeAutodiscoverUrl and Realm of the global OAuth configuration to the values they had.",
    undo: null,
    blocks: [
      settingsBlock(lyncTrustUndo.split('/')[1] as string, true),
      recordsBlock(
        msg('script.block.undo-lync-trust.records', { changesFile: '02-lync-trust-exchange.changes.json', stateFile: lyncStateFileName, collectScript: '00-collect-lync-state.ps1' }),
        '02-lync-trust-exchange.changes.json',
        lyncStateFileName,
        [`$exchangeApplicationId = ${q(exchangeAppId)}`],
      ),
      shellCheck('Get-CsPartnerApplication', 'Lync Server Management Shell (Skype for Business Server Management Shell)'),
      {
        summary: msg('script.block.undo-lync-trust.plan'),
        code: [
          '$oauth = Get-CsOAuthConfiguration -Identity global',
          '$restoreAutodiscover = $false; $restoreRealm = $false',
          'if ($runs.Count -gt 0) {',
          '    $applicationRun = $runs | Where-Object { $_.partnerApplicationAction } | Select-Object -First 1',
          '    $applicationAction = if ($applicationRun) { [string]$applicationRun.partnerApplicationAction } else { $null }',
          '    $applicationBefore = if ($applicationRun) { $applicationRun.partnerApplicationBefore } else { $null }',
          "    $autodiscoverRun = $runs | Where-Object { @($_.oauthConfigurationChanged) -contains 'ExchangeAutodiscoverUrl' } | Select-Object -First 1",
          "    $realmRun = $runs | Where-Object { @($_.oauthConfigurationChanged) -contains 'Realm' } | Select-Object -First 1",
          '    if ($autodiscoverRun) { $restoreAutodiscover = $true; $autodiscoverBefore = $autodiscoverRun.oauthConfigurationBefore.exchangeAutodiscoverUrl }',
          '    if ($realmRun) { $restoreRealm = $true; $realmBefore = $realmRun.oauthConfigurationBefore.realm }',
          "    Write-Host ('Using {0}.' -f $changesPath)",
          '} elseif ($null -ne $state) {',
          "    $applicationBefore = @($state.partnerApplications | Where-Object { $_.identity -eq 'Exchange' -or $_.applicationIdentifier -eq $exchangeApplicationId }) | Select-Object -First 1",
          "    $applicationAction = if ($applicationBefore) { 'updated' } else { 'created' }",
          '    if ($state.oauthConfiguration) {',
          '        $autodiscoverBefore = $state.oauthConfiguration.exchangeAutodiscoverUrl',
          '        $realmBefore = $state.oauthConfiguration.realm',
          '        $restoreAutodiscover = [string]$oauth.ExchangeAutodiscoverUrl -ne [string]$autodiscoverBefore',
          '        $restoreRealm = [string]$oauth.Realm -ne [string]$realmBefore',
          '    }',
          `    Write-Warning (${q('No changes record: using {0}, the state taken before 02.')} -f $statePath)`,
          '} else {',
          `    throw (${q('Nothing says what 02-lync-trust-exchange.ps1 changed: neither 02-lync-trust-exchange.changes.json nor lync-state.json is in {0}. Copy them there from the folder where the scripts ran, or follow RUNBOOK.md ("Rollback") by hand.')} -f $bundleRoot)`,
          '}',
        ].join('\n'),
      },
      {
        summary: msg('script.block.undo-lync-trust.partner-application'),
        code: [
          "$current = @(Get-CsPartnerApplication | Where-Object { [string]$_.Identity -eq 'Exchange' }) | Select-Object -First 1",
          "if ($applicationAction -eq 'created' -or $applicationAction -eq 'replaced') {",
          '    if (-not $current) {',
          `        Write-Host ${q("Already gone: the partner application 'Exchange'.")}`,
          "    } elseif ($PSCmdlet.ShouldProcess('Exchange', 'Remove the partner application')) {",
          '        Remove-CsPartnerApplication -Identity Exchange -Confirm:$false',
          '    }',
          "    if ($applicationAction -eq 'replaced') {",
          `        Write-Warning (${q("02 replaced '{0}', which was bound to '{1}' (not Exchange's id); it is not recreated.")} -f $applicationBefore.identity, $applicationBefore.applicationIdentifier)`,
          '    }',
          "} elseif ($applicationAction -eq 'updated') {",
          '    if ($applicationBefore.metadataUrl) {',
          "        if ($PSCmdlet.ShouldProcess([string]$applicationBefore.identity, ('Restore MetadataUrl {0} and trust level {1}' -f $applicationBefore.metadataUrl, $applicationBefore.applicationTrustLevel))) {",
          '            Set-CsPartnerApplication -Identity ([string]$applicationBefore.identity) -ApplicationTrustLevel ([string]$applicationBefore.applicationTrustLevel) -MetadataUrl ([string]$applicationBefore.metadataUrl)',
          '        }',
          '    } else {',
          `        Write-Warning (${q("'{0}' was bound to a certificate before 02, which was not recorded; bind it again with Set-CsPartnerApplication -CertificateRawData if needed.")} -f $applicationBefore.identity)`,
          '    }',
          '} else {',
          `    Write-Host ${q('The partner application was not changed.')}`,
          '}',
        ].join('\n'),
      },
      {
        summary: msg('script.block.undo-lync-trust.oauth-configuration'),
        code: [
          'if ($restoreAutodiscover) {',
          "    if ($PSCmdlet.ShouldProcess('global OAuth configuration', ('Restore ExchangeAutodiscoverUrl to ''{0}''' -f $autodiscoverBefore))) {",
          '        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl $autodiscoverBefore',
          '    }',
          '}',
          'if ($restoreRealm) {',
          "    if ($PSCmdlet.ShouldProcess('global OAuth configuration', ('Restore Realm to ''{0}''' -f $realmBefore))) {",
          '        Set-CsOAuthConfiguration -Identity global -Realm $realmBefore',
          '    }',
          '}',
          `Get-CsPartnerApplication | ${formatAs('List', ['Identity', 'ApplicationIdentifier', 'ApplicationTrustLevel', 'MetadataUrl'])} | Out-Host`,
          `Get-CsOAuthConfiguration -Identity global | ${formatAs('List', ['Identity', 'Realm', 'ExchangeAutodiscoverUrl'])} | Out-Host`,
        ].join('\n'),
      },
      finishBlock('Rollback of 02 done.'),
    ],
  };
}

function undoArchiving(values: ScriptValues): ScriptSpec {
  return {
    path: archivingUndo,
    title: msg('script.title.undo-archiving'),
    run: lyncRun(values),
    changes: 'gives the global archiving configuration and the global archiving policy back the values 04-enable-archiving.ps1 recorded before changing them.',
    undo: null,
    blocks: [
      settingsBlock(archivingUndo.split('/')[1] as string, true),
      recordsBlock(msg('script.block.undo-archiving.records', { changesFile: '04-enable-archiving.changes.json' }), '04-enable-archiving.changes.json', null),
      shellCheck('Set-CsArchivingConfiguration', 'Lync Server Management Shell (Skype for Business Server Management Shell)'),
      {
        summary: msg('script.block.undo-archiving.restore'),
        code: [
          'if ($runs.Count -eq 0) {',
          `    throw (${q('{0} is missing, so 04-enable-archiving.ps1 changed nothing or ran elsewhere: copy its changes record into the bundle folder, then run this again.')} -f $changesPath)`,
          '}',
          "$configurationRun = $runs | Where-Object { @($_.changed) -contains 'ArchivingConfiguration' } | Select-Object -First 1",
          'if ($configurationRun) {',
          '    $before = $configurationRun.archivingConfigurationBefore',
          "    if ($PSCmdlet.ShouldProcess('global archiving configuration', ('Restore EnableArchiving {0}, EnableExchangeArchiving {1}' -f $before.enableArchiving, $before.enableExchangeArchiving))) {",
          '        Set-CsArchivingConfiguration -Identity global -EnableArchiving ([string]$before.enableArchiving) -EnableExchangeArchiving ([bool]$before.enableExchangeArchiving)',
          '    }',
          '}',
          "$policyRun = $runs | Where-Object { @($_.changed) -contains 'ArchivingPolicy' } | Select-Object -First 1",
          'if ($policyRun) {',
          '    $before = $policyRun.archivingPolicyBefore',
          "    if ($PSCmdlet.ShouldProcess('global archiving policy', ('Restore ArchiveInternal {0}, ArchiveExternal {1}' -f $before.archiveInternal, $before.archiveExternal))) {",
          '        Set-CsArchivingPolicy -Identity global -ArchiveInternal ([bool]$before.archiveInternal) -ArchiveExternal ([bool]$before.archiveExternal)',
          '    }',
          '}',
          `Get-CsArchivingConfiguration -Identity global | ${formatAs('List', ['Identity', 'EnableArchiving', 'EnableExchangeArchiving'])} | Out-Host`,
          `Get-CsArchivingPolicy -Identity global | ${formatAs('List', ['Identity', 'ArchiveInternal', 'ArchiveExternal'])} | Out-Host`,
        ].join('\n'),
      },
      finishBlock('Rollback of 04 done.'),
    ],
  };
}

function undoContactStore(values: ScriptValues): ScriptSpec {
  return {
    path: contactStoreUndo,
    title: msg('script.title.undo-unified-contact-store'),
    run: lyncRun(values),
    changes:
      'gives the test user back the user services policy it had, moves its contacts back from Exchange (Invoke-CsUcsRollback) and removes the policy that 05-enable-unified-contact-store.ps1 created.',
    undo: null,
    blocks: [
      settingsBlock(contactStoreUndo.split('/')[1] as string, true),
      recordsBlock(
        msg('script.block.undo-contact-store.records', { changesFile: '05-enable-unified-contact-store.changes.json' }),
        '05-enable-unified-contact-store.changes.json',
        null,
      ),
      shellCheck('Invoke-CsUcsRollback', 'Lync Server Management Shell (Skype for Business Server Management Shell)'),
      {
        summary: msg('script.block.undo-contact-store.restore'),
        code: [
          'if ($runs.Count -eq 0) {',
          `    throw (${q('{0} is missing, so 05-enable-unified-contact-store.ps1 changed nothing or ran elsewhere: copy its changes record into the bundle folder, then run this again.')} -f $changesPath)`,
          '}',
          '$grantRun = $runs | Where-Object { $_.grantedUser } | Select-Object -First 1',
          'if ($grantRun) {',
          '    $user = [string]$grantRun.grantedUser',
          "    if ($PSCmdlet.ShouldProcess($user, ('Grant back the user services policy it had ({0})' -f $(if ($grantRun.userPolicyBefore) { $grantRun.userPolicyBefore } else { 'the global policy' })))) {",
          '        Grant-CsUserServicesPolicy -Identity $user -PolicyName $grantRun.userPolicyBefore',
          '    }',
          "    if ($PSCmdlet.ShouldProcess($user, 'Move the contacts back from Exchange to Lync (Invoke-CsUcsRollback)')) {",
          '        Invoke-CsUcsRollback -Identity $user -Confirm:$false',
          '    }',
          '}',
          '$policyRun = $runs | Where-Object { $_.createdPolicy } | Select-Object -First 1',
          'if ($policyRun) {',
          "    if ($PSCmdlet.ShouldProcess([string]$policyRun.createdPolicy, 'Remove the user services policy')) {",
          `        try { Remove-CsUserServicesPolicy -Identity ([string]$policyRun.createdPolicy) -Confirm:$false } catch { Write-Warning (${q('Not removed: {0}: {1} Grant the users who still have it another policy first.')} -f $policyRun.createdPolicy, $_.Exception.Message) }`,
          '    }',
          '}',
          `Get-CsUserServicesPolicy | ${formatAs('Table', ['Identity', 'UcsAllowed'], true)} | Out-Host`,
        ].join('\n'),
      },
      finishBlock('Rollback of 05 done.'),
    ],
  };
}

export function buildRollbackScripts(values: ScriptValues): ScriptSpec[] {
  return [
    undoExchangeTrust(values),
    undoLyncTrust(values),
    ...(values.options.archiving ? [undoArchiving(values)] : []),
    ...(values.options.unifiedContactStore ? [undoContactStore(values)] : []),
  ];
}
