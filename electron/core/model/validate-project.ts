/** Semantic checks of a structurally valid project; raises the `project.*` findings. */
import { finding, type Finding } from '../findings.js';
import { defaultExchangeMetadataUrl, exchangeMetadataPath } from './defaults.js';
import type { Project } from './project.js';
import { checkFqdn, checkWindowsPath, parseHttpsUrl, parseSipUri } from './values.js';

const requiredText: ReadonlyArray<[keyof Project & string, string]> = [
  ['sipDomain', 'the SIP domain, e.g. litwareinc.com'],
  ['lyncPoolFqdn', 'the Lync/Skype for Business pool FQDN, e.g. atl-cs-001.litwareinc.com'],
  ['exchangeAutodiscoverFqdn', 'the Exchange Autodiscover FQDN, e.g. autodiscover.litwareinc.com'],
  ['testUserSipUri', "the test user's SIP URI, e.g. sip:kenmyer@litwareinc.com"],
];

function required(subject: string, what: string): Finding {
  return finding('project.required', 'error', { subject, detail: `${subject} is empty.`, fix: `Enter ${what}.` });
}

function fqdnFindings(subject: string, value: string): Finding[] {
  const check = checkFqdn(value);
  if (check.ok) return [];
  return [
    finding('project.invalid-fqdn', 'error', {
      subject,
      detail: `'${value}' is not a valid fully qualified domain name: ${check.reason}.`,
      fix: 'Enter the DNS name as the servers know it, e.g. atl-cs-001.litwareinc.com.',
    }),
  ];
}

function urlFindings(subject: string, value: string | null): Finding[] {
  if (value === null) return [];
  const parsed = parseHttpsUrl(value);
  if (parsed.ok) return [];
  return [
    finding('project.invalid-url', 'error', {
      subject,
      detail: `'${value}' is not a valid https URL: ${parsed.reason}.`,
      fix: 'Enter an absolute https URL, or clear the field to use the default derived from the FQDNs.',
    }),
  ];
}

function autodiscoverPathFindings(project: Project): Finding[] {
  const value = project.exchangeMetadataUrl;
  if (value === null) return [];
  const parsed = parseHttpsUrl(value);
  if (!parsed.ok || parsed.url.pathname.toLowerCase() === exchangeMetadataPath) return [];
  return [
    finding('project.autodiscover-url-path', 'error', {
      subject: 'exchangeMetadataUrl',
      detail:
        `Exchange publishes its metadata at ${exchangeMetadataPath}, but the URL has the path '${parsed.url.pathname}'. ` +
        "(Example 1 of Microsoft's New-CsPartnerApplication page leaves out /autodiscover; the command then fails with " +
        "'The metadata document could not be downloaded'.)",
      fix: `Use ${defaultExchangeMetadataUrl(parsed.url.host)}`,
    }),
  ];
}

function sipFindings(project: Project): Finding[] {
  const value = project.testUserSipUri;
  if (value === '') return [];
  const parsed = parseSipUri(value);
  if (!parsed.ok) {
    return [
      finding('project.invalid-sip-uri', 'error', {
        subject: 'testUserSipUri',
        detail: `'${value}' is not a valid SIP URI: ${parsed.reason}.`,
        fix: "Enter the SIP address of a user with an Exchange 2013 or later mailbox, e.g. sip:kenmyer@litwareinc.com.",
      }),
    ];
  }
  const sipDomain = project.sipDomain.toLowerCase();
  if (sipDomain === '' || parsed.uri.domain.toLowerCase() === sipDomain) return [];
  return [
    finding('project.sip-domain-mismatch', 'warning', {
      subject: 'testUserSipUri',
      detail:
        `The test user is in ${parsed.uri.domain}, the SIP domain is ${project.sipDomain}. This works only when ${parsed.uri.domain} ` +
        'is another SIP domain of the same deployment and an accepted domain in Exchange.',
      fix: `Check with Get-CsSipDomain that ${parsed.uri.domain} is a SIP domain, or pick a test user in ${project.sipDomain}.`,
    }),
  ];
}

function installPathFindings(project: Project): Finding[] {
  if (project.exchangeInstallPath === null) return [];
  const check = checkWindowsPath(project.exchangeInstallPath);
  if (check.ok) return [];
  return [
    finding('project.invalid-path', 'error', {
      subject: 'exchangeInstallPath',
      detail: `'${project.exchangeInstallPath}' is not a usable Exchange install path: ${check.reason}.`,
      fix: 'Enter the folder that holds Exchange\'s Scripts folder, or clear the field to use $env:ExchangeInstallPath on the server.',
    }),
  ];
}

export function validateProject(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const [field, what] of requiredText) {
    if (project[field] === '') findings.push(required(field, what));
  }
  if (project.exchangeServers.length === 0) {
    findings.push(required('exchangeServers', 'at least one Exchange server FQDN (each gets an iisreset)'));
  }
  for (const field of ['sipDomain', 'lyncPoolFqdn', 'exchangeAutodiscoverFqdn'] as const) {
    if (project[field] !== '') findings.push(...fqdnFindings(field, project[field]));
  }
  if (project.realm !== null) findings.push(...fqdnFindings('realm', project.realm));
  project.exchangeServers.forEach((server, i) => findings.push(...fqdnFindings(`exchangeServers[${i}]`, server)));
  findings.push(...sipFindings(project));
  for (const field of ['lyncMetadataUrl', 'exchangeMetadataUrl', 'exchangeEwsUrl'] as const) {
    findings.push(...urlFindings(field, project[field]));
  }
  findings.push(...autodiscoverPathFindings(project));
  findings.push(...installPathFindings(project));
  return findings;
}
