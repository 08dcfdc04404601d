/**
 * Checks of the state 00-collect-exchange-state.ps1 collected (domain.md §3.2 the Auth certificate, §6 F4–F7 and
 * F10): each condition raises its `state.*` finding with the commands that fix it.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import { finding, type Finding } from '../findings.js';
import { psText, quotePs } from '../powershell/quote.js';
import type { ExchangeState } from './state-format.js';
import { iisresetEach, lyncRereadsExchangeMetadata, replaceAuthCertificateNow, stageNextAuthCertificate } from './state-fix-commands.js';

const dayMs = 86_400_000;
/** Exchange HealthChecker's thresholds for the Auth certificate: red under 30 days, yellow under 60. */
const errorDays = 30;
const warningDays = 60;

const daysBetween = (from: Date, to: string) => Math.floor((Date.parse(to) - from.getTime()) / dayMs);
const day = (iso: string) => iso.slice(0, 10);

function authCertificateFindings(state: ExchangeState, values: DiagnoseContext, now: Date): Finding[] {
  const current = state.authConfig.currentCertificateThumbprint;
  const certificate = state.authCertificate;
  if (current === null || certificate === null || !certificate.foundOnServer) {
    return [
      finding('state.auth-certificate-missing', 'error', {
        subject: current ?? 'Get-AuthConfig',
        detail:
          current === null
            ? 'Get-AuthConfig names no current certificate: Exchange cannot sign its tokens or publish a key in its metadata.'
            : `Get-AuthConfig names the Auth certificate ${current}, but ${state.server} does not have it (it must exist on every Mailbox and Client Access server). Symptoms: OWA/ECP sign-in loops, Lync's calls refused.`,
        fix: [
          ...(current === null ? [] : [`# Is it on the other servers? Get-ExchangeCertificate -Thumbprint ${quotePs(current)} -Server '<another Exchange server>'`]),
          ...replaceAuthCertificateNow(values),
        ].join('\n'),
      }),
    ];
  }
  const findings: Finding[] = [];
  const daysLeft = daysBetween(now, certificate.notAfter);
  const next = nextCertificate(state, now);
  if (daysLeft < 0) {
    findings.push(
      finding('state.auth-certificate-expired', 'error', {
        subject: certificate.thumbprint,
        detail: `The Exchange Auth certificate ${certificate.thumbprint} expired on ${day(certificate.notAfter)}: Lync cannot check Exchange's tokens and Exchange's own OWA/ECP sign-in breaks.`,
        fix: replaceAuthCertificateNow(values).join('\n'),
      }),
    );
  } else if (daysLeft < warningDays) {
    const covered = next !== null && next.takesOverBefore(certificate.notAfter);
    findings.push(
      finding('state.auth-certificate-expires-soon', covered ? 'info' : daysLeft < errorDays ? 'error' : 'warning', {
        subject: certificate.thumbprint,
        detail:
          `The Exchange Auth certificate ${certificate.thumbprint} expires on ${day(certificate.notAfter)}, in ${daysLeft} day(s).` +
          (covered ? ' A next certificate is staged to take over before then.' : ' No next certificate is staged to take over.'),
        fix: (covered ? lyncRereadsExchangeMetadata(values) : stageNextAuthCertificate(values)).join('\n'),
      }),
    );
  }
  if (state.authConfig.nextCertificateThumbprint !== null) findings.push(nextStagedFinding(state, values, now));
  return findings;
}

function nextCertificate(state: ExchangeState, now: Date) {
  const next = state.nextAuthCertificate;
  const effective = state.authConfig.nextCertificateEffectiveDate;
  if (state.authConfig.nextCertificateThumbprint === null || next === null || !next.foundOnServer || Date.parse(next.notAfter) <= now.getTime()) return null;
  return { takesOverBefore: (notAfter: string) => effective !== null && Date.parse(effective) < Date.parse(notAfter) };
}

function nextStagedFinding(state: ExchangeState, values: DiagnoseContext, now: Date): Finding {
  const thumbprint = state.authConfig.nextCertificateThumbprint as string;
  const effective = state.authConfig.nextCertificateEffectiveDate;
  const next = state.nextAuthCertificate;
  const problem =
    next === null || !next.foundOnServer
      ? ` but ${state.server} does not have that certificate: it must be on every Exchange server before it takes over.`
      : Date.parse(next.notAfter) <= now.getTime()
        ? ` but that certificate expired on ${day(next.notAfter)}.`
        : null;
  return finding('state.auth-certificate-next-staged', problem === null ? 'info' : 'warning', {
    subject: thumbprint,
    detail:
      `Get-AuthConfig stages ${thumbprint} as the next Auth certificate${effective === null ? '' : `, effective ${day(effective)}`}` +
      (problem ?? '. Exchange switches to it then; from that moment Lync must trust the new key, or the mailbox-write test fails with 401.'),
    fix: [...(problem === null ? [] : stageNextAuthCertificate(values)), `# After ${effective === null ? 'the effective date' : day(effective)}:`, ...lyncRereadsExchangeMetadata(values)].join('\n'),
  });
}

const isLyncEnterprise = (name: string) => /^LyncEnterprise-/i.test(name);

function partnerApplicationFindings(state: ExchangeState, values: DiagnoseContext): Finding[] {
  const lyncUrl = values.lyncMetadataUrl?.toLowerCase() ?? null;
  const lyncApps = state.partnerApplications.filter(
    (app) => isLyncEnterprise(app.name) || (lyncUrl !== null && app.authMetadataUrl !== null && app.authMetadataUrl.toLowerCase() === lyncUrl),
  );
  const findings: Finding[] = [];
  const enterprise = lyncApps.filter((app) => isLyncEnterprise(app.name));
  if (enterprise.length > 1) {
    const keep =
      enterprise.find((app) => app.enabled && lyncUrl !== null && app.authMetadataUrl?.toLowerCase() === lyncUrl) ?? enterprise.find((app) => app.enabled) ?? enterprise[0];
    const others = enterprise.filter((app) => app !== keep);
    findings.push(
      finding('state.duplicate-lync-partner-applications', 'warning', {
        subject: enterprise.map((app) => app.name).join(', '),
        detail:
          `Exchange holds ${enterprise.length} LyncEnterprise partner applications (${enterprise.map((app) => `${app.name}${app.enabled ? '' : ' (disabled)'}`).join(', ')}): ` +
          'Configure-EnterprisePartnerApplication.ps1 creates a new one on every run. Stale ones keep old keys and make trouble after a certificate change.' +
          ` Keep ${keep?.name}${keep?.authMetadataUrl ? ` (${keep.authMetadataUrl})` : ''}.`,
        fix: [
          '# Exchange Management Shell: look first (-WhatIf), then remove the stale ones',
          ...others.map((app) => `Remove-PartnerApplication -Identity ${psText(app.name)} -WhatIf`),
          ...(keep ? [`Set-PartnerApplication -Identity ${psText(keep.name)} -RefreshAuthMetadata`] : []),
        ].join('\n'),
      }),
    );
  }
  if (!lyncApps.some((app) => app.enabled)) {
    const disabled = lyncApps.length > 0;
    const metadataUrl = values.lyncMetadataUrl === null ? "'https://<pool FQDN>/metadata/json/1'" : quotePs(values.lyncMetadataUrl);
    findings.push(
      finding('state.no-enabled-lync-partner', disabled ? 'error' : 'warning', {
        subject: disabled ? lyncApps.map((app) => app.name).join(', ') : 'Get-PartnerApplication',
        detail: disabled
          ? `Exchange's Lync partner application ${lyncApps.map((app) => app.name).join(', ')} is disabled: Exchange refuses Lync's tokens (401).`
          : "Exchange has no partner application for Lync yet (no LyncEnterprise-… and none made from the project's Lync metadata URL): Exchange does not trust Lync. Expected before 01-exchange-trust-lync.ps1 has run.",
        fix: (disabled
          ? [...lyncApps.map((app) => `Set-PartnerApplication -Identity ${psText(app.name)} -Enabled $true`), ...iisresetEach(values)]
          : [
              `# Run 01-exchange-trust-lync.ps1, or: & "$env:ExchangeInstallPath\\Scripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl ${metadataUrl} -ApplicationType Lync`,
              ...iisresetEach(values),
            ]
        ).join('\n'),
      }),
    );
  }
  return findings;
}

function wildcardFindings(state: ExchangeState, values: DiagnoseContext): Finding[] {
  const wildcards = state.acceptedDomains.filter((domain) => domain.domainName.startsWith('*'));
  if (wildcards.length === 0) return [];
  const realm = values.realm;
  const explicit = realm !== null && state.acceptedDomains.some((domain) => domain.domainName.toLowerCase() === realm);
  const covering = wildcards.filter((domain) => {
    const base = domain.domainName.replace(/^\*\.?/, '').toLowerCase();
    return realm !== null && (realm === base || realm.endsWith(`.${base}`));
  });
  const error = covering.length > 0 && !explicit;
  return [
    finding('state.wildcard-accepted-domain', error ? 'error' : 'warning', {
      subject: wildcards.map((domain) => domain.domainName).join(', '),
      detail:
        `Exchange's accepted domains include ${wildcards.map((domain) => domain.domainName).join(', ')}. "Wildcard domains aren't supported for server-to-server communication": ` +
        (error
          ? `the realm ${realm} is covered only by the wildcard, so Exchange answers Lync with 401 and x-ms-diagnostics 2000004 (invalid_tenant).`
          : realm === null
            ? 'if the OAuth realm is covered only by a wildcard, Exchange answers Lync with 401 (invalid_tenant).'
            : `the realm ${realm} is ${explicit ? 'defined explicitly' : 'not covered by it'}, so the test should pass; define the other domains explicitly as well.`),
      fix: [
        "Get-AcceptedDomain | Format-Table -Property 'Name', 'DomainName', 'DomainType', 'Default'",
        ...(error && realm !== null ? [`New-AcceptedDomain -Name ${quotePs(realm)} -DomainName ${quotePs(realm)} -DomainType Authoritative`] : []),
        '# Replace each wildcard by explicit entries for the domains in use; then, with the mail-flow owner, remove it (-WhatIf shows what would go):',
        ...wildcards.map((domain) => `Get-AcceptedDomain | Where-Object { $_.DomainName -eq ${psText(domain.domainName)} } | Remove-AcceptedDomain -WhatIf`),
      ].join('\n'),
    }),
  ];
}

function oauthFindings(state: ExchangeState, values: DiagnoseContext): Finding[] {
  const off = [
    ...state.webServicesVirtualDirectories.filter((v) => !v.oAuthAuthentication).map((v) => ({ ...v, cmdlet: 'Set-WebServicesVirtualDirectory' })),
    ...state.autodiscoverVirtualDirectories.filter((v) => !v.oAuthAuthentication).map((v) => ({ ...v, cmdlet: 'Set-AutodiscoverVirtualDirectory' })),
  ];
  if (off.length === 0) return [];
  const servers = [...new Set(off.map((v) => v.server))];
  return [
    finding('state.oauth-disabled', 'error', {
      subject: off.map((v) => v.identity).join(', '),
      detail: `OAuthAuthentication is off on ${off.map((v) => v.identity).join(', ')}: Exchange answers Lync's OAuth token with 401 ("the default configuration for Exchange does not include support for accepting Oauth tokens").`,
      fix: [...off.map((v) => `${v.cmdlet} -Identity ${psText(v.identity)} -OAuthAuthentication $true`), ...iisresetEach(values, servers)].join('\n'),
    }),
  ];
}

function autodiscoverUriFindings(state: ExchangeState, values: DiagnoseContext): Finding[] {
  const missing = state.clientAccessServices.filter((cas) => (cas.autoDiscoverServiceInternalUri ?? '').trim() === '');
  if (missing.length === 0) return [];
  // Exchange 2013 (15.0) has the older cmdlet name.
  const cmdlet = /^Version 15\.0\b/.test(state.exchangeVersion ?? '') ? 'Set-ClientAccessServer' : 'Set-ClientAccessService';
  const uri = values.exchangeAutodiscoverFqdn === null ? "'https://<Autodiscover FQDN>/autodiscover/autodiscover.xml'" : quotePs(`https://${values.exchangeAutodiscoverFqdn}/autodiscover/autodiscover.xml`);
  return [
    finding('state.autodiscover-internal-uri-missing', 'error', {
      subject: missing.map((cas) => cas.name).join(', '),
      detail: `AutoDiscoverServiceInternalUri is empty on ${missing.map((cas) => cas.name).join(', ')}: Autodiscover must be configured before the integration, or the Storage Service cannot find mailboxes (ErrorEwsAutodiscover).`,
      fix: missing.map((cas) => `${cmdlet} -Identity ${psText(cas.name)} -AutoDiscoverServiceInternalUri ${uri}`).join('\n'),
    }),
  ];
}

export function checkExchangeState(state: ExchangeState, values: DiagnoseContext, now: Date): Finding[] {
  return [
    ...authCertificateFindings(state, values, now),
    ...partnerApplicationFindings(state, values),
    ...wildcardFindings(state, values),
    ...oauthFindings(state, values),
    ...autodiscoverUriFindings(state, values),
  ];
}
