/**
 * The read-only 00-collect-*-state.ps1 scripts. They write exactly the JSON of core/state/state-format.ts
 * (ConvertTo-Json -Depth 6 of one [ordered] hashtable, lists through @() and -InputObject, ISO-8601 UTC dates,
 * upper-case thumbprints, UTF-8), which the wizard imports.
 */
import { msg } from '../message-catalogue.js';
import { exchangeStateKind, lyncStateKind, stateFormatVersion } from '../state/state-format.js';
import { exchangeRun, finishBlock, isoDateFunction, lyncRun, settingsBlock, textOrNullFunction, writeJsonFunction, formatAs } from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const collectExchangeScript = '00-collect-exchange-state.ps1';
export const collectLyncScript = '00-collect-lync-state.ps1';
export const exchangeStateFileName = 'exchange-state.json';
export const lyncStateFileName = 'lync-state.json';

const thumbprintFunction = [
  'function ConvertTo-Thumbprint($value) {',
  "    if ($null -eq $value -or [string]$value -eq '') { return $null }",
  '    return ([string]$value).ToUpperInvariant()',
  '}',
].join('\n');

const hostNameLine = "$serverName = try { [System.Net.Dns]::GetHostEntry($env:COMPUTERNAME).HostName } catch { $env:COMPUTERNAME }";

function helpersBlock(outputFile: string, extra: string[]): ScriptBlock {
  return {
    summary: msg('script.block.collect.output', { file: outputFile }),
    code: [`$outputPath = Join-Path $here ${q(outputFile)}`, ...extra, isoDateFunction, textOrNullFunction, thumbprintFunction, writeJsonFunction].join('\n'),
  };
}

const exchangeShellCheck: ScriptBlock = {
  summary: msg('script.block.exchange-shell'),
  code: [
    'if (-not (Get-Command Get-AuthConfig -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Get-AuthConfig is not available: open the Exchange Management Shell and run this script again.')}`,
    '}',
  ].join('\n'),
};

const exchangeAuth: ScriptBlock = {
  summary: msg('script.block.collect-exchange.auth'),
  code: [
    '$authConfig = Get-AuthConfig',
    'function Get-CollectedCertificate($thumbprint) {',
    '    $thumbprint = ConvertTo-Thumbprint $thumbprint',
    '    if (-not $thumbprint) { return $null }',
    '    $onThisServer = $true',
    '    try { $found = Get-ExchangeCertificate -Thumbprint $thumbprint } catch { $found = $null }',
    '    if (-not $found) {',
    '        $onThisServer = $false',
    '        foreach ($server in $exchangeServers) {',
    '            try { $found = Get-ExchangeCertificate -Thumbprint $thumbprint -Server $server } catch { $found = $null }',
    '            if ($found) { break }',
    '        }',
    '    }',
    '    if (-not $found) { return $null }',
    '    return [ordered]@{',
    '        thumbprint = $thumbprint',
    '        subject = [string]$found.Subject',
    '        notBefore = ConvertTo-IsoDate $found.NotBefore',
    '        notAfter = ConvertTo-IsoDate $found.NotAfter',
    '        foundOnServer = $onThisServer',
    '    }',
    '}',
    '$authConfigState = [ordered]@{',
    '    currentCertificateThumbprint = ConvertTo-Thumbprint $authConfig.CurrentCertificateThumbprint',
    '    previousCertificateThumbprint = ConvertTo-Thumbprint $authConfig.PreviousCertificateThumbprint',
    '    nextCertificateThumbprint = ConvertTo-Thumbprint $authConfig.NextCertificateThumbprint',
    '    nextCertificateEffectiveDate = ConvertTo-IsoDate $authConfig.NextCertificateEffectiveDate',
    '    serviceName = ConvertTo-TextOrNull $authConfig.ServiceName',
    '    realm = ConvertTo-TextOrNull $authConfig.Realm',
    '}',
    '$authCertificate = Get-CollectedCertificate $authConfig.CurrentCertificateThumbprint',
    '$nextAuthCertificate = Get-CollectedCertificate $authConfig.NextCertificateThumbprint',
  ].join('\n'),
};

const exchangeObjects: ScriptBlock = {
  summary: msg('script.block.collect-exchange.configuration'),
  code: [
    '$partnerApplications = @(Get-PartnerApplication | ForEach-Object {',
    '    [ordered]@{',
    '        name = [string]$_.Name',
    '        applicationIdentifier = [string]$_.ApplicationIdentifier',
    '        realm = ConvertTo-TextOrNull $_.Realm',
    '        enabled = [bool]$_.Enabled',
    '        authMetadataUrl = ConvertTo-TextOrNull $_.AuthMetadataUrl',
    '        linkedAccount = ConvertTo-TextOrNull $_.LinkedAccount',
    '        useAuthServer = [bool]$_.UseAuthServer',
    '    }',
    '})',
    '$acceptedDomains = @(Get-AcceptedDomain | ForEach-Object {',
    '    [ordered]@{ domainName = [string]$_.DomainName; domainType = [string]$_.DomainType; default = [bool]$_.Default }',
    '})',
    '$webServicesDirectories = @(Get-WebServicesVirtualDirectory -ADPropertiesOnly | ForEach-Object {',
    '    [ordered]@{',
    '        server = [string]$_.Server',
    '        identity = [string]$_.Identity',
    '        oAuthAuthentication = [bool]$_.OAuthAuthentication',
    '        internalUrl = ConvertTo-TextOrNull $_.InternalUrl',
    '        externalUrl = ConvertTo-TextOrNull $_.ExternalUrl',
    '    }',
    '})',
    '$autodiscoverDirectories = @(Get-AutodiscoverVirtualDirectory -ADPropertiesOnly | ForEach-Object {',
    '    [ordered]@{ server = [string]$_.Server; identity = [string]$_.Identity; oAuthAuthentication = [bool]$_.OAuthAuthentication }',
    '})',
    '# Exchange 2016 and later name it Get-ClientAccessService; Exchange 2013 has only Get-ClientAccessServer.',
    'if (Get-Command Get-ClientAccessService -ErrorAction SilentlyContinue) { $clientAccess = @(Get-ClientAccessService) } else { $clientAccess = @(Get-ClientAccessServer) }',
    '$clientAccessServices = @($clientAccess | ForEach-Object {',
    '    [ordered]@{ name = [string]$_.Name; autoDiscoverServiceInternalUri = ConvertTo-TextOrNull $_.AutoDiscoverServiceInternalUri }',
    '})',
    'try { $exchangeVersion = ConvertTo-TextOrNull (Get-ExchangeServer -Identity $env:COMPUTERNAME).AdminDisplayVersion } catch { $exchangeVersion = $null }',
  ].join('\n'),
};

const exchangeWrite: ScriptBlock = {
  summary: msg('script.block.collect.write'),
  code: [
    hostNameLine,
    '$state = [ordered]@{',
    `    kind = ${q(exchangeStateKind)}`,
    `    version = ${stateFormatVersion}`,
    "    collectedAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    server = $serverName',
    '    exchangeVersion = $exchangeVersion',
    '    authConfig = $authConfigState',
    '    authCertificate = $authCertificate',
    '    nextAuthCertificate = $nextAuthCertificate',
    '    partnerApplications = $partnerApplications',
    '    acceptedDomains = $acceptedDomains',
    '    webServicesVirtualDirectories = $webServicesDirectories',
    '    autodiscoverVirtualDirectories = $autodiscoverDirectories',
    '    clientAccessServices = $clientAccessServices',
    '}',
    'Write-JsonFile $outputPath $state',
    `$partnerApplications | ForEach-Object { New-Object PSObject -Property $_ } | ${formatAs('Table', ['name', 'applicationIdentifier', 'enabled', 'authMetadataUrl'], true)} | Out-Host`,
    "Write-Host ('Exchange state written to {0}. Import it in the wizard (Verify step) or keep it for the rollback scripts.' -f $outputPath)",
  ].join('\n'),
};

export function buildCollectExchangeScript(values: ScriptValues): ScriptSpec {
  return {
    path: collectExchangeScript,
    title: msg('script.title.collect-exchange'),
    run: { ...exchangeRun(values), who: 'Exchange admin, member of Organization Management (the script changes nothing)' },
    changes: `nothing on the server (read-only); writes ${exchangeStateFileName} beside the script.`,
    undo: null,
    blocks: [
      settingsBlock(collectExchangeScript, false),
      helpersBlock(exchangeStateFileName, [`$exchangeServers = @(${values.exchangeServers.map(q).join(', ')})`]),
      exchangeShellCheck,
      exchangeAuth,
      exchangeObjects,
      exchangeWrite,
      finishBlock(`Done. Run it again after 01-exchange-trust-lync.ps1 to see the change; keep the first ${exchangeStateFileName} beside the bundle for the rollback.`),
    ],
  };
}

const lyncShellCheck: ScriptBlock = {
  summary: msg('script.block.lync-shell'),
  code: [
    'if (-not (Get-Command Get-CsOAuthConfiguration -ErrorAction SilentlyContinue)) {',
    `    throw ${q('Get-CsOAuthConfiguration is not available: open the Lync Server Management Shell (Skype for Business Server Management Shell) on a Front End server and run this script again.')}`,
    '}',
  ].join('\n'),
};

const lyncObjects: ScriptBlock = {
  summary: msg('script.block.collect-lync.configuration'),
  code: [
    '$oauthTokenIssuer = @(Get-CsCertificate -Type OAuthTokenIssuer | ForEach-Object {',
    '    [ordered]@{',
    '        thumbprint = ConvertTo-Thumbprint $_.Thumbprint',
    '        subject = [string]$_.Subject',
    '        notBefore = ConvertTo-IsoDate $_.NotBefore',
    '        notAfter = ConvertTo-IsoDate $_.NotAfter',
    "        foundOnServer = (Test-Path -LiteralPath ('Cert:\\LocalMachine\\My\\{0}' -f $_.Thumbprint))",
    '        use = [string]$_.Use',
    '        effectiveDate = ConvertTo-IsoDate $_.EffectiveDate',
    '    }',
    '})',
    '$partnerApplications = @(Get-CsPartnerApplication | ForEach-Object {',
    '    [ordered]@{',
    '        identity = [string]$_.Identity',
    '        applicationIdentifier = ConvertTo-TextOrNull $_.ApplicationIdentifier',
    '        applicationTrustLevel = [string]$_.ApplicationTrustLevel',
    '        enabled = [bool]$_.Enabled',
    '        metadataUrl = ConvertTo-TextOrNull $_.MetadataUrl',
    '        realm = ConvertTo-TextOrNull $_.Realm',
    '    }',
    '})',
    '$oauth = Get-CsOAuthConfiguration -Identity global',
    '$oauthConfiguration = $null',
    'if ($oauth) {',
    '    $oauthConfiguration = [ordered]@{',
    '        identity = [string]$oauth.Identity',
    '        realm = ConvertTo-TextOrNull $oauth.Realm',
    '        serviceName = ConvertTo-TextOrNull $oauth.ServiceName',
    '        exchangeAutodiscoverUrl = ConvertTo-TextOrNull $oauth.ExchangeAutodiscoverUrl',
    '        exchangeAutodiscoverAllowedDomains = ConvertTo-TextOrNull $oauth.ExchangeAutodiscoverAllowedDomains',
    '        clientAuthorizationOAuthServerIdentity = ConvertTo-TextOrNull $oauth.ClientAuthorizationOAuthServerIdentity',
    '    }',
    '}',
  ].join('\n'),
};

const lyncWrite: ScriptBlock = {
  summary: msg('script.block.collect.write'),
  code: [
    hostNameLine,
    '$state = [ordered]@{',
    `    kind = ${q(lyncStateKind)}`,
    `    version = ${stateFormatVersion}`,
    "    collectedAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    server = $serverName',
    '    oauthTokenIssuer = $oauthTokenIssuer',
    '    partnerApplications = $partnerApplications',
    '    oauthConfiguration = $oauthConfiguration',
    '}',
    'Write-JsonFile $outputPath $state',
    `$partnerApplications | ForEach-Object { New-Object PSObject -Property $_ } | ${formatAs('Table', ['identity', 'applicationIdentifier', 'applicationTrustLevel', 'metadataUrl'], true)} | Out-Host`,
    "Write-Host ('Lync state written to {0}. Import it in the wizard (Verify step) or keep it for the rollback scripts.' -f $outputPath)",
  ].join('\n'),
};

export function buildCollectLyncScript(values: ScriptValues): ScriptSpec {
  return {
    path: collectLyncScript,
    title: msg('script.title.collect-lync'),
    run: lyncRun(values, 'Lync admin, member of RTCUniversalServerAdmins (the script changes nothing)'),
    changes: `nothing on the server (read-only); writes ${lyncStateFileName} beside the script.`,
    undo: null,
    blocks: [
      settingsBlock(collectLyncScript, false),
      helpersBlock(lyncStateFileName, []),
      lyncShellCheck,
      lyncObjects,
      lyncWrite,
      finishBlock(`Done. Run it again after 02-lync-trust-exchange.ps1 to see the change; keep the first ${lyncStateFileName} beside the bundle for the rollback.`),
    ],
  };
}
