/** 02-lync-trust-exchange.ps1: Lync trusts Exchange (idempotent New-/Set-CsPartnerApplication) and Set-CsOAuthConfiguration. */
import { msg } from '../message-catalogue.js';
import {
  appendChangesCode,
  exchangeAppId,
  finishBlock,
  lyncAppId,
  lyncRun,
  metadataCheckCode,
  readJsonFunction,
  settingsBlock,
  textOrNullFunction,
  writeJsonFunction,
  formatAs,
} from './common-blocks.js';
import { quotePs as q } from './quote.js';
import type { ScriptBlock, ScriptSpec } from './script-model.js';
import type { ScriptValues } from './script-values.js';

export const lyncTrustScript = '02-lync-trust-exchange.ps1';
export const lyncTrustUndo = 'rollback/undo-02-lync-trust-exchange.ps1';

function byCertificate(values: ScriptValues): boolean {
  return values.exchangeAuthCertificate !== null;
}

function valuesBlock(values: ScriptValues): ScriptBlock {
  const certificate = values.exchangeAuthCertificate;
  return {
    summary: byCertificate(values)
      ? msg('script.block.lync-trust.values.certificate')
      : msg('script.block.lync-trust.values.metadata'),
    code: [
      `$exchangeMetadataUrl = ${q(values.exchangeMetadataUrl)}`,
      `$autodiscoverServiceUrl = ${q(values.exchangeAutodiscoverServiceUrl)}`,
      `$realm = ${q(values.realm)}`,
      `$exchangeApplicationId = ${q(exchangeAppId)}`,
      `$lyncApplicationId = ${q(lyncAppId)}`,
      ...(certificate
        ? [`$exchangeAuthThumbprint = ${q(certificate.thumbprint)}`, `$exchangeAuthCertificate = ${q(certificate.derBase64)}`]
        : []),
      "$changesPath = Join-Path $here '02-lync-trust-exchange.changes.json'",
      readJsonFunction,
      writeJsonFunction,
      textOrNullFunction,
    ].join('\n'),
  };
}

const shellCheck: ScriptBlock = {
  summary: msg('script.block.lync-shell'),
  code: [
    'if (-not (Get-Command New-CsPartnerApplication -ErrorAction SilentlyContinue)) {',
    `    throw ${q('New-CsPartnerApplication is not available: open the Lync Server Management Shell (Skype for Business Server Management Shell) on a Front End server as a member of RTCUniversalServerAdmins and run this script again.')}`,
    '}',
  ].join('\n'),
};

const oauthIssuerCheck: ScriptBlock = {
  summary: msg('script.block.lync-trust.token-issuer'),
  code: [
    '$issuers = @(Get-CsCertificate -Type OAuthTokenIssuer)',
    'if ($issuers.Count -eq 0) {',
    `    throw ${q('No OAuthTokenIssuer certificate is assigned, so Lync cannot sign tokens for Exchange. Assign one once for the whole deployment: Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <thumbprint> (RUNBOOK.md, "OAuthTokenIssuer certificate"), then run this script again.')}`,
    '}',
    '$validIssuers = @($issuers | Where-Object { $_.NotBefore -le (Get-Date) -and $_.NotAfter -gt (Get-Date) })',
    'if ($validIssuers.Count -eq 0) {',
    `    throw (${q('The OAuthTokenIssuer certificate {0} is not valid today (valid {1:yyyy-MM-dd} to {2:yyyy-MM-dd}). Assign a current one (RUNBOOK.md, "OAuthTokenIssuer certificate"), then run this script again.')} -f $issuers[0].Thumbprint, $issuers[0].NotBefore, $issuers[0].NotAfter)`,
    '}',
    'foreach ($issuer in $validIssuers) {',
    '    if ($issuer.NotAfter -lt (Get-Date).AddDays(60)) {',
    `        Write-Warning (${q('The OAuthTokenIssuer certificate {0} expires on {1:yyyy-MM-dd}; roll it at least a day ahead (Set-CsCertificate -Roll -EffectiveDate), then refresh Exchange (Set-PartnerApplication -RefreshAuthMetadata).')} -f $issuer.Thumbprint, $issuer.NotAfter)`,
    '    }',
    "    if (-not (Test-Path -LiteralPath ('Cert:\\LocalMachine\\My\\{0}' -f $issuer.Thumbprint))) {",
    `        Write-Warning (${q('The OAuthTokenIssuer certificate {0} is not yet in the certificate store of this server; the replication service deploys it to every Front End within minutes. If it stays missing, check Get-CsManagementStoreReplicationStatus.')} -f $issuer.Thumbprint)`,
    '    }',
    '}',
    `Write-Host (${q('OK: the OAuthTokenIssuer certificate {0} is valid until {1:yyyy-MM-dd}.')} -f $validIssuers[0].Thumbprint, $validIssuers[0].NotAfter)`,
  ].join('\n'),
};

function exchangeTrustSourceCheck(values: ScriptValues): ScriptBlock {
  if (byCertificate(values)) {
    return {
      summary: msg('script.block.lync-trust.auth-certificate'),
      code: [
        '$certificateBytes = [System.Convert]::FromBase64String($exchangeAuthCertificate)',
        '$certificate = New-Object System.Security.Cryptography.X509Certificates.X509Certificate2 -ArgumentList (,$certificateBytes)',
        'if ($certificate.Thumbprint -ne $exchangeAuthThumbprint) {',
        `    throw ${q('The certificate in this script does not match its thumbprint: the file was changed. Generate the bundle again.')}`,
        '}',
        'if ($certificate.NotAfter -lt (Get-Date)) {',
        `    throw (${q('The Exchange Auth certificate {0} expired on {1:yyyy-MM-dd}. Renew it on Exchange, load the new one into the project and generate the bundle again.')} -f $exchangeAuthThumbprint, $certificate.NotAfter)`,
        '}',
        `Write-Host (${q('OK: the Exchange Auth certificate {0} ({1}) is valid until {2:yyyy-MM-dd}. It must equal (Get-AuthConfig).CurrentCertificateThumbprint on Exchange.')} -f $exchangeAuthThumbprint, $certificate.Subject, $certificate.NotAfter)`,
      ].join('\n'),
    };
  }
  return {
    summary: msg('script.block.lync-trust.metadata'),
    code: metadataCheckCode({
      url: values.exchangeMetadataUrl,
      expectedServiceName: exchangeAppId,
      whatItIs: "Exchange's metadata document",
      ownerFix:
        `Check that ${values.exchangeAutodiscoverFqdn} resolves and answers on port 443 from this Front End and that its certificate is issued by a CA this server trusts; ` +
        "if it cannot be fixed, set the project option 'Lync trusts Exchange by' to 'certificate' and generate the bundle again.",
      untrustedIsWarning: null,
    }),
  };
}

const findExisting: ScriptBlock = {
  summary:
    msg('script.block.lync-trust.existing'),
  code: [
    '$partnerApplications = @(Get-CsPartnerApplication)',
    "$target = @($partnerApplications | Where-Object { [string]$_.Identity -eq 'Exchange' }) | Select-Object -First 1",
    'if (-not $target) { $target = @($partnerApplications | Where-Object { $_.ApplicationIdentifier -eq $exchangeApplicationId }) | Select-Object -First 1 }',
    'foreach ($other in @($partnerApplications | Where-Object { $_.ApplicationIdentifier -eq $exchangeApplicationId -and [string]$_.Identity -ne [string]$target.Identity })) {',
    `    Write-Warning (${q("Left unchanged: the partner application '{0}' is also bound to Exchange's id; remove it once 03-verify.ps1 succeeds if nothing else uses it.")} -f $other.Identity)`,
    '}',
    '$changes = [ordered]@{',
    "    script = '02-lync-trust-exchange.ps1'",
    "    ranAt = (Get-Date).ToUniversalTime().ToString('o')",
    '    partnerApplicationAction = $null',
    '    partnerApplicationBefore = $null',
    '    oauthConfigurationBefore = $null',
    '    oauthConfigurationChanged = @()',
    '}',
    'if ($target) {',
    '    $changes.partnerApplicationBefore = [ordered]@{',
    '        identity = [string]$target.Identity',
    '        applicationIdentifier = ConvertTo-TextOrNull $target.ApplicationIdentifier',
    '        applicationTrustLevel = [string]$target.ApplicationTrustLevel',
    '        metadataUrl = ConvertTo-TextOrNull $target.MetadataUrl',
    '        realm = ConvertTo-TextOrNull $target.Realm',
    '        enabled = [bool]$target.Enabled',
    '    }',
    '}',
  ].join('\n'),
};

function createOrUpdate(values: ScriptValues): ScriptBlock {
  const create = byCertificate(values)
    ? `New-CsPartnerApplication -Identity Exchange -ApplicationIdentifier ${q(exchangeAppId)} -ApplicationTrustLevel Full -CertificateRawData $exchangeAuthCertificate -Realm ${q(values.realm)}`
    : `New-CsPartnerApplication -Identity Exchange -ApplicationTrustLevel Full -MetadataUrl ${q(values.exchangeMetadataUrl)}`;
  const update = byCertificate(values)
    ? 'Set-CsPartnerApplication -Identity $target.Identity -ApplicationTrustLevel Full -CertificateRawData $exchangeAuthCertificate'
    : `Set-CsPartnerApplication -Identity $target.Identity -ApplicationTrustLevel Full -MetadataUrl ${q(values.exchangeMetadataUrl)}`;
  // Set-CsPartnerApplication has no -Realm next to -CertificateRawData: a realm change means a new object.
  const mustReplace = byCertificate(values)
    ? '$target.ApplicationIdentifier -ne $exchangeApplicationId -or $target.Realm -ne $realm'
    : '$target.ApplicationIdentifier -ne $exchangeApplicationId';
  return {
    summary: byCertificate(values)
      ? msg('script.block.lync-trust.create.certificate')
      : msg('script.block.lync-trust.create.metadata'),
    code: [
      'if (-not $target) {',
      "    if ($PSCmdlet.ShouldProcess('Exchange', 'Create the partner application (New-CsPartnerApplication)')) {",
      `        ${create}`,
      "        $changes.partnerApplicationAction = 'created'",
      '    }',
      `} elseif (${mustReplace}) {`,
      `    Write-Warning (${q("The partner application '{0}' is bound to '{1}' (realm '{2}'); it is replaced by one for Exchange.")} -f $target.Identity, $target.ApplicationIdentifier, $target.Realm)`,
      "    if ($PSCmdlet.ShouldProcess([string]$target.Identity, 'Replace the partner application (Remove-CsPartnerApplication, New-CsPartnerApplication)')) {",
      '        Remove-CsPartnerApplication -Identity $target.Identity',
      `        ${create}`,
      "        $changes.partnerApplicationAction = 'replaced'",
      '    }',
      '} else {',
      "    if ($PSCmdlet.ShouldProcess([string]$target.Identity, 'Update the partner application (Set-CsPartnerApplication)')) {",
      `        ${update}`,
      "        $changes.partnerApplicationAction = 'updated'",
      '    }',
      '}',
    ].join('\n'),
  };
}

function oauthConfiguration(values: ScriptValues): ScriptBlock {
  const realm = values.realmDiffersFromSipDomain
    ? [
        'if ($oauth.Realm -ne $realm) {',
        "    if ($PSCmdlet.ShouldProcess('global OAuth configuration', ('Set Realm to {0}' -f $realm))) {",
        `        Set-CsOAuthConfiguration -Identity global -Realm ${q(values.realm)}`,
        "        $changes.oauthConfigurationChanged += 'Realm'",
        '    }',
        '}',
      ]
    : [
        "if ($oauth.Realm -and $oauth.Realm -ne $realm) {",
        `    Write-Warning (${q("Lync's OAuth realm is '{0}', the project's is {1} (the SIP domain). Exchange must see the same realm: set the realm in the project, or correct Lync's with Set-CsOAuthConfiguration -Identity global -Realm.")} -f $oauth.Realm, $realm)`,
        '}',
      ];
  return {
    summary: values.realmDiffersFromSipDomain
      ? msg('script.block.lync-trust.oauth-configuration.realm')
      : msg('script.block.lync-trust.oauth-configuration'),
    code: [
      '$oauth = Get-CsOAuthConfiguration -Identity global',
      '$changes.oauthConfigurationBefore = [ordered]@{',
      '    realm = ConvertTo-TextOrNull $oauth.Realm',
      '    exchangeAutodiscoverUrl = ConvertTo-TextOrNull $oauth.ExchangeAutodiscoverUrl',
      '}',
      'if ($oauth.ExchangeAutodiscoverUrl -ne $autodiscoverServiceUrl) {',
      "    if ($PSCmdlet.ShouldProcess('global OAuth configuration', ('Set ExchangeAutodiscoverUrl to {0}' -f $autodiscoverServiceUrl))) {",
      `        Set-CsOAuthConfiguration -Identity global -ExchangeAutodiscoverUrl ${q(values.exchangeAutodiscoverServiceUrl)}`,
      "        $changes.oauthConfigurationChanged += 'ExchangeAutodiscoverUrl'",
      '    }',
      '}',
      ...realm,
      'if ($oauth.ServiceName -and $oauth.ServiceName -ne $lyncApplicationId) {',
      `    Write-Warning (${q("Lync's OAuth service name is '{0}', not {1}; Exchange knows Lync by {1}. Correct it with Set-CsOAuthConfiguration -Identity global -ServiceName {1}.")} -f $oauth.ServiceName, $lyncApplicationId)`,
      '}',
    ].join('\n'),
  };
}

const postCheck: ScriptBlock = {
  summary: msg('script.block.lync-trust.post-check'),
  code: [
    "$exchangeApplications = @(Get-CsPartnerApplication | Where-Object { [string]$_.Identity -eq 'Exchange' -or $_.ApplicationIdentifier -eq $exchangeApplicationId })",
    'if ($exchangeApplications.Count -eq 0) {',
    `    Write-Warning ${q('There is no Exchange partner application yet (expected after a -WhatIf run).')}`,
    '}',
    `$exchangeApplications | ${formatAs('List', ['Identity', 'ApplicationIdentifier', 'ApplicationTrustLevel', 'Enabled', 'MetadataUrl', 'Realm'])} | Out-Host`,
    'foreach ($application in $exchangeApplications) {',
    "    if ([string]$application.ApplicationTrustLevel -ne 'Full') {",
    `        Write-Warning (${q("'{0}' has the trust level '{1}'; Exchange needs Full to act for users.")} -f $application.Identity, $application.ApplicationTrustLevel)`,
    '    }',
    '    if (-not $application.Enabled) {',
    `        Write-Warning (${q("'{0}' is disabled. Enable it with Set-CsPartnerApplication -Identity '{0}' -Enabled $true.")} -f $application.Identity)`,
    '    }',
    '}',
    '$oauth = Get-CsOAuthConfiguration -Identity global',
    `$oauth | ${formatAs('List', ['Identity', 'Realm', 'ServiceName', 'ExchangeAutodiscoverUrl', 'ExchangeAutodiscoverAllowedDomains', 'ClientAuthorizationOAuthServerIdentity'])} | Out-Host`,
    'if ($oauth.ClientAuthorizationOAuthServerIdentity) {',
    `    Write-Warning (${q("ClientAuthorizationOAuthServerIdentity is '{0}'. A stale value from a hybrid setup breaks the Storage Service's Autodiscover; clear it if this deployment has no such OAuth server.")} -f $oauth.ClientAuthorizationOAuthServerIdentity)`,
    '}',
  ].join('\n'),
};

const recordChanges: ScriptBlock = {
  summary: msg('script.block.lync-trust.record', { file: '02-lync-trust-exchange.changes.json' }),
  code: [
    'if ($changes.partnerApplicationAction -or $changes.oauthConfigurationChanged.Count -gt 0) {',
    ...appendChangesCode('changes').split('\n').map((line) => `    ${line}`),
    '}',
  ].join('\n'),
};

export function buildLyncTrustScript(values: ScriptValues): ScriptSpec {
  return {
    path: lyncTrustScript,
    title: msg('script.title.lync-trusts-exchange'),
    run: lyncRun(values),
    changes: byCertificate(values)
      ? `creates or updates the partner application 'Exchange' from the Exchange Auth certificate ${values.exchangeAuthCertificate?.thumbprint ?? ''} (realm ${values.realm}), and sets ExchangeAutodiscoverUrl${values.realmDiffersFromSipDomain ? ' and Realm' : ''} in the global OAuth configuration.`
      : `creates or updates the partner application 'Exchange' (metadata ${values.exchangeMetadataUrl}), and sets ExchangeAutodiscoverUrl${values.realmDiffersFromSipDomain ? ' and Realm' : ''} in the global OAuth configuration.`,
    undo: lyncTrustUndo,
    blocks: [
      settingsBlock(lyncTrustScript, false),
      valuesBlock(values),
      shellCheck,
      oauthIssuerCheck,
      exchangeTrustSourceCheck(values),
      findExisting,
      createOrUpdate(values),
      oauthConfiguration(values),
      postCheck,
      recordChanges,
      finishBlock(
        'Lync trusts Exchange. Lync replicates the change to every Front End within a few minutes. Next: 03-verify.ps1 on a Front End server.',
      ),
    ],
  };
}
