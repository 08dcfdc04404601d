/**
 * Checks of the state 00-collect-exchange-state.ps1 collected (domain.md §3.2 the Auth certificate, §6 F4–F7 and
 * F10): each condition raises its `state.*` finding with the commands that fix it.
 */
import type { DiagnoseContext } from '../diagnose/diagnose-context.js';
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { psText, quotePs } from '../powershell/quote.js';
import type { ExchangeState } from './state-format.js';
import { commandLines, iisresetEach, lyncRereadsExchangeMetadata, replaceAuthCertificateNow, stageNextAuthCertificate } from './state-fix-commands.js';

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
            ? msg('state.auth-certificate-missing.detail.none')
            : msg('state.auth-certificate-missing.detail.not-on-server', { thumbprint: current, server: state.server }),
        fix:
          current === null
            ? replaceAuthCertificateNow(values)
            : msg('state.auth-certificate-missing.fix.look-elsewhere', {
                command: `Get-ExchangeCertificate -Thumbprint ${quotePs(current)} -Server '<another Exchange server>'`,
                replace: replaceAuthCertificateNow(values),
              }),
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
        detail: msg('state.auth-certificate-expired.detail', { thumbprint: certificate.thumbprint, notAfter: { day: day(certificate.notAfter) } }),
        fix: replaceAuthCertificateNow(values),
      }),
    );
  } else if (daysLeft < warningDays) {
    const covered = next !== null && next.takesOverBefore(certificate.notAfter);
    findings.push(
      finding('state.auth-certificate-expires-soon', covered ? 'info' : daysLeft < errorDays ? 'error' : 'warning', {
        subject: certificate.thumbprint,
        detail: msg(covered ? 'state.auth-certificate-expires-soon.detail.covered' : 'state.auth-certificate-expires-soon.detail.uncovered', {
          thumbprint: certificate.thumbprint,
          notAfter: { day: day(certificate.notAfter) },
          days: daysLeft,
        }),
        fix: covered ? lyncRereadsExchangeMetadata(values) : stageNextAuthCertificate(values),
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
  const staged = { thumbprint, effective: effective === null ? '' : msg('state.auth-certificate-next-staged.effective', { date: { day: day(effective) } }) };
  const detail =
    next === null || !next.foundOnServer
      ? msg('state.auth-certificate-next-staged.detail.not-on-server', { ...staged, server: state.server })
      : Date.parse(next.notAfter) <= now.getTime()
        ? msg('state.auth-certificate-next-staged.detail.expired', { ...staged, notAfter: { day: day(next.notAfter) } })
        : null;
  const after = { when: effective === null ? msg('state.auth-certificate-next-staged.the-effective-date') : { day: day(effective) }, lyncRereads: lyncRereadsExchangeMetadata(values) };
  return finding('state.auth-certificate-next-staged', detail === null ? 'info' : 'warning', {
    subject: thumbprint,
    detail: detail ?? msg('state.auth-certificate-next-staged.detail', staged),
    fix:
      detail === null
        ? msg('state.auth-certificate-next-staged.fix', after)
        : msg('state.auth-certificate-next-staged.fix.stage-again', { stage: stageNextAuthCertificate(values), ...after }),
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
        detail: msg(keep?.authMetadataUrl ? 'state.duplicate-lync-partner-applications.detail.url' : 'state.duplicate-lync-partner-applications.detail', {
          count: enterprise.length,
          names: {
            list: enterprise.map((app) => (app.enabled ? app.name : msg('state.duplicate-lync-partner-applications.disabled', { name: app.name }))),
            separator: ', ',
          },
          keep: keep?.name ?? '',
          url: keep?.authMetadataUrl ?? '',
        }),
        fix: msg('state.duplicate-lync-partner-applications.fix', {
          commands: commandLines([
            ...others.map((app) => `Remove-PartnerApplication -Identity ${psText(app.name)} -WhatIf`),
            ...(keep ? [`Set-PartnerApplication -Identity ${psText(keep.name)} -RefreshAuthMetadata`] : []),
          ]),
        }),
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
          ? msg('state.no-enabled-lync-partner.detail.disabled', { names: lyncApps.map((app) => app.name).join(', ') })
          : msg('state.no-enabled-lync-partner.detail.none'),
        fix: disabled
          ? msg('state.commands', { commands: commandLines([...lyncApps.map((app) => `Set-PartnerApplication -Identity ${psText(app.name)} -Enabled $true`), ...iisresetEach(values)]) })
          : msg('state.no-enabled-lync-partner.fix.none', {
              script: '01-exchange-trust-lync.ps1',
              command: `& "$env:ExchangeInstallPath\\Scripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl ${metadataUrl} -ApplicationType Lync`,
              iisresets: commandLines(iisresetEach(values)),
            }),
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
      detail: msg(
        realm === null
          ? 'state.wildcard-accepted-domain.detail.no-realm'
          : error
            ? 'state.wildcard-accepted-domain.detail.realm-covered'
            : explicit
              ? 'state.wildcard-accepted-domain.detail.realm-explicit'
              : 'state.wildcard-accepted-domain.detail.realm-not-covered',
        { wildcards: wildcards.map((domain) => domain.domainName).join(', '), realm: realm ?? '' },
      ),
      fix: msg('state.wildcard-accepted-domain.fix', {
        listCommands: commandLines([
          "Get-AcceptedDomain | Format-Table -Property 'Name', 'DomainName', 'DomainType', 'Default'",
          ...(error && realm !== null ? [`New-AcceptedDomain -Name ${quotePs(realm)} -DomainName ${quotePs(realm)} -DomainType Authoritative`] : []),
        ]),
        removeCommands: commandLines(wildcards.map((domain) => `Get-AcceptedDomain | Where-Object { $_.DomainName -eq ${psText(domain.domainName)} } | Remove-AcceptedDomain -WhatIf`)),
      }),
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
      detail: msg('state.oauth-disabled.detail', { directories: off.map((v) => v.identity).join(', ') }),
      fix: msg('state.commands', {
        commands: commandLines([...off.map((v) => `${v.cmdlet} -Identity ${psText(v.identity)} -OAuthAuthentication $true`), ...iisresetEach(values, servers)]),
      }),
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
      detail: msg('state.autodiscover-internal-uri-missing.detail', { servers: missing.map((cas) => cas.name).join(', ') }),
      fix: msg('state.commands', { commands: commandLines(missing.map((cas) => `${cmdlet} -Identity ${psText(cas.name)} -AutoDiscoverServiceInternalUri ${uri}`)) }),
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
