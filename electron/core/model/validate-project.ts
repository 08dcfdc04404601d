/** Semantic checks of a structurally valid project; raises the `project.*` findings. */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { defaultExchangeMetadataUrl, exchangeMetadataPath } from './defaults.js';
import type { Project } from './project.js';
import { checkFqdn, checkWindowsPath, parseHttpsUrl, parseSipUri } from './values.js';

const requiredText = ['sipDomain', 'lyncPoolFqdn', 'exchangeAutodiscoverFqdn', 'testUserSipUri'] as const;

function required(subject: (typeof requiredText)[number] | 'exchangeServers'): Finding {
  return finding('project.required', 'error', { subject, detail: msg('project.required.detail', { field: subject }), fix: msg(`project.required.fix.${subject}`) });
}

function fqdnFindings(subject: string, value: string): Finding[] {
  const check = checkFqdn(value);
  if (check.ok) return [];
  return [
    finding('project.invalid-fqdn', 'error', {
      subject,
      detail: msg('project.invalid-fqdn.detail', { value, reason: check.reasonMessage }),
      fix: msg('project.invalid-fqdn.fix'),
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
      detail: msg('project.invalid-url.detail', { value, reason: parsed.reasonMessage }),
      fix: msg('project.invalid-url.fix'),
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
      detail: msg('project.autodiscover-url-path.detail', { expectedPath: exchangeMetadataPath, path: parsed.url.pathname }),
      fix: msg('project.autodiscover-url-path.fix', { url: defaultExchangeMetadataUrl(parsed.url.host) }),
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
        detail: msg('project.invalid-sip-uri.detail', { value, reason: parsed.reasonMessage }),
        fix: msg('project.invalid-sip-uri.fix'),
      }),
    ];
  }
  const sipDomain = project.sipDomain.toLowerCase();
  if (sipDomain === '' || parsed.uri.domain.toLowerCase() === sipDomain) return [];
  return [
    finding('project.sip-domain-mismatch', 'warning', {
      subject: 'testUserSipUri',
      detail: msg('project.sip-domain-mismatch.detail', { userDomain: parsed.uri.domain, sipDomain: project.sipDomain }),
      fix: msg('project.sip-domain-mismatch.fix', { userDomain: parsed.uri.domain, sipDomain: project.sipDomain }),
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
      detail: msg('project.invalid-path.detail', { value: project.exchangeInstallPath, reason: check.reasonMessage }),
      fix: msg('project.invalid-path.fix'),
    }),
  ];
}

export function validateProject(project: Project): Finding[] {
  const findings: Finding[] = [];
  for (const field of requiredText) {
    if (project[field] === '') findings.push(required(field));
  }
  if (project.exchangeServers.length === 0) findings.push(required('exchangeServers'));
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
