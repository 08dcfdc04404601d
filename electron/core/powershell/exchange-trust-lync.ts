/** 01-exchange-trust-lync.ps1: Exchange trusts Lync (Configure-EnterprisePartnerApplication.ps1, guarded), then iisreset. */
import { english, msg } from '../message-catalogue.js';
import { exchangeRun, finishBlock, appendChangesCode, lyncAppId, metadataCheckCode, readJsonFunction, settingsBlock, writeJsonFunction, formatAs } from './common-blocks.js';
import { psText, quotePs as q } from './quote.js';
import type { ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const exchangeTrustScript = '01-exchange-trust-lync.ps1';
export const exchangeTrustUndo = 'rollback/undo-01-exchange-trust-lync.ps1';

/** The warning the script prints, and the finding gives, when the project asks for -TrustAnySSLCertificate. */
export const trustAnySslMessage = msg('script.trust-any-certificate.warning', { option: '-TrustAnySSLCertificate $true' });
export const trustAnySslWarning = english(trustAnySslMessage);

function valuesBlock(values: ScriptValues) {
  const scripts = values.exchangeInstallPath === null
    ? "$exchangeScripts = if ($env:ExchangeInstallPath) { Join-Path $env:ExchangeInstallPath 'Scripts' } else { $null }"
    : `$exchangeScripts = Join-Path ${psText(values.exchangeInstallPath)} 'Scripts'`;
  return {
    summary: msg('script.block.exchange-trust.values'),
    code: [
      `$lyncMetadataUrl = ${q(values.lyncMetadataUrl)}`,
      `$realm = ${q(values.realm)}`,
      `$exchangeServers = @(${values.exchangeServers.map(q).join(', ')})`,
      `$lyncApplicationId = ${q(lyncAppId)}`,
      "$changesPath = Join-Path $here '01-exchange-trust-lync.changes.json'",
      scripts,
      readJsonFunction,
      writeJsonFunction,
    ].join('\n'),
  };
}

const shellCheck = {
  summary: msg('script.block.exchange-trust.shell'),
  code: [
    'if (-not (Get-Command Get-PartnerApplication -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Get-PartnerApplication is not available: open the Exchange Management Shell as a member of Organization Management and run this script again.')}`,
    '}',
    'if (-not $exchangeScripts) {',
    `    throw ${q('$env:ExchangeInstallPath is not set, so this is not an Exchange server. Run the script on an Exchange 2013 or later server, or set the Exchange install path in the project and generate the bundle again.')}`,
    '}',
    "$configureScript = Join-Path $exchangeScripts 'Configure-EnterprisePartnerApplication.ps1'",
    'if (-not (Test-Path -LiteralPath $configureScript)) {',
    `    throw (${q('{0} was not found. Run this script on an Exchange 2013 or later server, or set the Exchange install path in the project and generate the bundle again.')} -f $configureScript)`,
    '}',
  ].join('\n'),
};

const authCertificateCheck = {
  summary: msg('script.block.exchange-trust.auth-certificate'),
  code: [
    '$authThumbprint = [string](Get-AuthConfig).CurrentCertificateThumbprint',
    'if (-not $authThumbprint) {',
    `    throw ${q('Exchange has no Auth certificate (Get-AuthConfig shows no CurrentCertificateThumbprint). Create one as RUNBOOK.md describes ("Exchange Auth certificate"), then run this script again.')}`,
    '}',
    'foreach ($server in $exchangeServers) {',
    '    try {',
    '        $authCertificate = Get-ExchangeCertificate -Thumbprint $authThumbprint -Server $server',
    '    } catch {',
    `        throw (${q('The Exchange Auth certificate {0} was not found on {1}: {2} Every Exchange server needs it; see RUNBOOK.md ("Exchange Auth certificate").')} -f $authThumbprint, $server, $_.Exception.Message)`,
    '    }',
    '    if ($authCertificate.NotAfter -lt (Get-Date)) {',
    `        throw (${q('The Exchange Auth certificate {0} expired on {1:yyyy-MM-dd}. Renew it (RUNBOOK.md, "Exchange Auth certificate"), then run this script again.')} -f $authThumbprint, $authCertificate.NotAfter)`,
    '    }',
    '    if ($authCertificate.NotAfter -lt (Get-Date).AddDays(60)) {',
    `        Write-Warning (${q('The Exchange Auth certificate {0} expires on {1:yyyy-MM-dd}; plan its renewal now (RUNBOOK.md, "Exchange Auth certificate").')} -f $authThumbprint, $authCertificate.NotAfter)`,
    '    }',
    '}',
    `Write-Host (${q('OK: the Exchange Auth certificate {0} is on {1} and valid.')} -f $authThumbprint, ($exchangeServers -join ', '))`,
  ].join('\n'),
};

function metadataCheck(values: ScriptValues) {
  return {
    summary: msg('script.block.exchange-trust.metadata'),
    code: metadataCheckCode({
      url: values.lyncMetadataUrl,
      expectedServiceName: lyncAppId,
      whatItIs: "Lync's metadata document",
      ownerFix:
        `Check that ${values.lyncPoolFqdn} resolves and answers on port 443 from this server, and that its web certificate is issued by a CA in this server's Trusted Root Certification Authorities store, then run the script again.`,
      untrustedIsWarning: values.options.trustAnySslCertificate
        ? `This server does not trust the TLS certificate of ${values.lyncPoolFqdn}; the script goes on only because the project asks for -TrustAnySSLCertificate $true.`
        : null,
    }),
  };
}

const acceptedDomainCheck = {
  summary: msg('script.block.exchange-trust.accepted-domain'),
  code: [
    '$acceptedDomains = @(Get-AcceptedDomain | ForEach-Object { [string]$_.DomainName })',
    '$explicitDomain = @($acceptedDomains | Where-Object { $_ -eq $realm })',
    "$wildcardDomains = @($acceptedDomains | Where-Object { $_.StartsWith('*') -and (($realm -like $_) -or ($_ -eq ('*.' + $realm))) })",
    'if ($explicitDomain.Count -eq 0 -and $wildcardDomains.Count -gt 0) {',
    `    throw (${q("The realm {0} is covered only by the wildcard accepted domain {1}. Wildcard domains are not supported for server-to-server authentication: Exchange would answer Lync with 401 and \"The tenant for tenant guid '{0}' does not exist\". Add {0} as an explicit accepted domain (New-AcceptedDomain), then run this script again.")} -f $realm, ($wildcardDomains -join ', '))`,
    '}',
    'if ($explicitDomain.Count -eq 0) {',
    `    Write-Warning (${q('{0} is not an accepted domain of this organization. Exchange then accepts Lync tokens only through the realm of the partner application; make {0} an accepted domain if the test in 03-verify.ps1 fails with 401.')} -f $realm)`,
    '} else {',
    `    Write-Host (${q('OK: {0} is an explicit accepted domain.')} -f $realm)`,
    '}',
  ].join('\n'),
};

const oauthVirtualDirectoryCheck = {
  summary: msg('script.block.exchange-trust.oauth'),
  code: [
    'foreach ($server in $exchangeServers) {',
    '    $directories = @(Get-WebServicesVirtualDirectory -Server $server -ADPropertiesOnly) + @(Get-AutodiscoverVirtualDirectory -Server $server -ADPropertiesOnly)',
    '    foreach ($directory in $directories) {',
    '        if (-not $directory.OAuthAuthentication) {',
    `            Write-Warning (${q("OAuth authentication is off on '{0}', so Exchange will answer Lync with 401. Turn it on with Set-WebServicesVirtualDirectory or Set-AutodiscoverVirtualDirectory -Identity '{0}' -OAuthAuthentication $true.")} -f $directory.Identity)`,
    '        }',
    '    }',
    '}',
  ].join('\n'),
};

const existingApplications = {
  summary:
    msg('script.block.exchange-trust.existing'),
  code: [
    '$partnerApplications = @(Get-PartnerApplication)',
    "$lyncApplications = @($partnerApplications | Where-Object { $_.AuthMetadataUrl -eq $lyncMetadataUrl -or $_.Name -like 'LyncEnterprise-*' })",
    '$lyncNames = @($lyncApplications | ForEach-Object { [string]$_.Name })',
    '$otherApplications = @($partnerApplications | Where-Object { $_.ApplicationIdentifier -eq $lyncApplicationId -and $lyncNames -notcontains [string]$_.Name })',
    'foreach ($other in $otherApplications) {',
    `    Write-Warning (${q("Left unchanged: the partner application '{0}' has the Lync application id but points to '{1}' (realm '{2}').")} -f $other.Name, $other.AuthMetadataUrl, $other.Realm)`,
    '}',
    'if ($lyncApplications.Count -gt 1) {',
    `    Write-Warning (${q('{0} Lync partner applications exist ({1}): earlier runs of Configure-EnterprisePartnerApplication.ps1 left duplicates. All are refreshed; once 03-verify.ps1 succeeds, remove the ones you do not need with Remove-PartnerApplication -Identity <name>.')} -f $lyncApplications.Count, ($lyncNames -join ', '))`,
    '}',
    '$changes = [ordered]@{',
    "    script = '01-exchange-trust-lync.ps1'",
    "    ranAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    createdPartnerApplications = @()',
    '    refreshedPartnerApplications = @()',
    '    createdAccount = $null',
    '    createdRoleAssignments = @()',
    '}',
  ].join('\n'),
};

const refreshExisting = {
  summary: msg('script.block.exchange-trust.refresh'),
  code: [
    'foreach ($application in $lyncApplications) {',
    '    if ($application.AuthMetadataUrl -ne $lyncMetadataUrl) {',
    `        Write-Warning (${q("'{0}' reads its metadata from '{1}', not from {2}; it is refreshed from there. To point it at this pool: Set-PartnerApplication -Identity '{0}' -AuthMetadataUrl '{2}'.")} -f $application.Name, $application.AuthMetadataUrl, $lyncMetadataUrl)`,
    '    }',
    "    if ($PSCmdlet.ShouldProcess([string]$application.Name, 'Download the Lync metadata again (Set-PartnerApplication -RefreshAuthMetadata)')) {",
    '        Set-PartnerApplication -Identity ([string]$application.Name) -RefreshAuthMetadata',
    '        $changes.refreshedPartnerApplications += [string]$application.Name',
    '    }',
    '}',
  ].join('\n'),
};

function createNew(values: ScriptValues) {
  const trustAny = values.options.trustAnySslCertificate ? ' -TrustAnySSLCertificate $true' : '';
  return {
    summary:
      msg('script.block.exchange-trust.create'),
    code: [
      ...(values.options.trustAnySslCertificate ? [`Write-Warning ${q(trustAnySslWarning)}`] : []),
      "$accountName = 'LyncEnterprise-ApplicationAccount'",
      'if ($lyncApplications.Count -eq 0) {',
      '    try { $null = Get-MailUser -Identity $accountName; $accountExisted = $true } catch { $accountExisted = $false }',
      '    $rolesBefore = @()',
      '    if ($accountExisted) { $rolesBefore = @(Get-ManagementRoleAssignment -RoleAssignee $accountName | ForEach-Object { [string]$_.Name }) }',
      "    if ($PSCmdlet.ShouldProcess('Exchange organization', 'Create the Lync partner application (Configure-EnterprisePartnerApplication.ps1)')) {",
      `        & "$exchangeScripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl ${q(values.lyncMetadataUrl)} -ApplicationType Lync${trustAny}`,
      "        $created = @(Get-PartnerApplication | Where-Object { $_.Name -like 'LyncEnterprise-*' -and $lyncNames -notcontains [string]$_.Name })",
      '        if ($created.Count -eq 0) {',
      `            throw ${q('Configure-EnterprisePartnerApplication.ps1 created no partner application. Read its output above: a download error means this server cannot fetch the Lync metadata (see the pre-check).')}`,
      '        }',
      '        $changes.createdPartnerApplications = @($created | ForEach-Object { [string]$_.Name })',
      '        $linkedAccount = [string]$created[0].LinkedAccount',
      '        if (-not $accountExisted -and $linkedAccount) { $changes.createdAccount = $linkedAccount }',
      '        if ($linkedAccount) {',
      '            $rolesAfter = @(Get-ManagementRoleAssignment -RoleAssignee $linkedAccount | ForEach-Object { [string]$_.Name })',
      '            $changes.createdRoleAssignments = @($rolesAfter | Where-Object { $rolesBefore -notcontains $_ })',
      '        }',
      '    }',
      '}',
    ].join('\n'),
  };
}

const postCheck = {
  summary: msg('script.block.exchange-trust.post-check'),
  code: [
    "$lyncApplications = @(Get-PartnerApplication | Where-Object { $_.AuthMetadataUrl -eq $lyncMetadataUrl -or $_.Name -like 'LyncEnterprise-*' })",
    'if ($lyncApplications.Count -eq 0) {',
    `    Write-Warning ${q('There is no Lync partner application yet (expected after a -WhatIf run).')}`,
    '}',
    `$lyncApplications | ${formatAs('List', ['Name', 'ApplicationIdentifier', 'Realm', 'Enabled', 'AuthMetadataUrl', 'LinkedAccount'])} | Out-Host`,
    'foreach ($application in $lyncApplications) {',
    '    if ($application.ApplicationIdentifier -ne $lyncApplicationId) {',
    `        Write-Warning (${q("'{0}' has the application id '{1}', not {2}: the metadata at its URL is not Lync's.")} -f $application.Name, $application.ApplicationIdentifier, $lyncApplicationId)`,
    '    }',
    '    if ($application.Realm -and $application.Realm -ne $realm) {',
    `        Write-Warning (${q("'{0}' has the realm '{1}', but the project's OAuth realm is {2}; check Get-CsOAuthConfiguration on the Lync side.")} -f $application.Name, $application.Realm, $realm)`,
    '    }',
    '    if (-not $application.Enabled) {',
    `        Write-Warning (${q("'{0}' is disabled. Enable it with Set-PartnerApplication -Identity '{0}' -Enabled $true.")} -f $application.Name)`,
    '    }',
    '    if ($application.LinkedAccount) {',
    `        Get-ManagementRoleAssignment -RoleAssignee ([string]$application.LinkedAccount) | ${formatAs('Table', ['Name', 'Role', 'RoleAssigneeName'], true)} | Out-Host`,
    '    }',
    '}',
  ].join('\n'),
};

const recordChanges = {
  summary: msg('script.block.exchange-trust.record', { file: '01-exchange-trust-lync.changes.json' }),
  code: [
    'if ($changes.createdPartnerApplications.Count -gt 0 -or $changes.refreshedPartnerApplications.Count -gt 0) {',
    ...appendChangesCode('changes').split('\n').map((line) => `    ${line}`),
    '}',
  ].join('\n'),
};

const iisReset = {
  summary:
    msg('script.block.exchange-trust.iisreset'),
  code: [
    'if ($changes.createdPartnerApplications.Count -gt 0 -or $changes.refreshedPartnerApplications.Count -gt 0) {',
    "    $thisServer = @($exchangeServers | Where-Object { $_.Split('.')[0] -eq $env:COMPUTERNAME })",
    "    $orderedServers = @($exchangeServers | Where-Object { $_.Split('.')[0] -ne $env:COMPUTERNAME }) + $thisServer",
    '    foreach ($server in $orderedServers) {',
    "        if ($PSCmdlet.ShouldProcess($server, 'Restart IIS (iisreset); Outlook on the web and EWS pause for about a minute')) {",
    '            & iisreset.exe $server',
    '            if ($LASTEXITCODE -ne 0) {',
    `                throw (${q('iisreset {0} failed with exit code {1}. Run iisreset {0} in an elevated prompt with rights on that server, then 03-verify.ps1.')} -f $server, $LASTEXITCODE)`,
    '            }',
    '        }',
    '    }',
    '}',
  ].join('\n'),
};

export function buildExchangeTrustScript(values: ScriptValues): ScriptSpec {
  return {
    path: exchangeTrustScript,
    title: msg('script.title.exchange-trusts-lync'),
    run: exchangeRun(values),
    changes:
      'creates the Lync partner application with Configure-EnterprisePartnerApplication.ps1 (or refreshes the one that exists), then restarts IIS on ' +
      `${values.exchangeServers.join(', ')}.` +
      (values.options.trustAnySslCertificate ? ' WARNING: Exchange is told to accept any TLS certificate from the pool.' : ''),
    undo: exchangeTrustUndo,
    blocks: [
      settingsBlock(exchangeTrustScript, false),
      valuesBlock(values),
      shellCheck,
      authCertificateCheck,
      metadataCheck(values),
      acceptedDomainCheck,
      oauthVirtualDirectoryCheck,
      existingApplications,
      refreshExisting,
      createNew(values),
      postCheck,
      recordChanges,
      iisReset,
      finishBlock('Exchange trusts Lync. Next: 02-lync-trust-exchange.ps1 on a Front End server (Lync admin).'),
    ],
  };
}
