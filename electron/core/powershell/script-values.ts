/**
 * The values a generated script may hold, taken from a project and checked again here, whatever checked them
 * before: a value that is not exactly of its form never reaches a script. A refusal names the field.
 */
import { resolveEndpoints } from '../model/defaults.js';
import type { Project, ProjectOptions } from '../model/project.js';
import { validateProject } from '../model/validate-project.js';
import { checkFqdn, checkWindowsPath, parseHttpsUrl, parseSipUri } from '../model/values.js';
import { msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import { fail, ok, type Result } from '../result.js';

/** The Exchange Auth certificate for the certificate parameter set of New-CsPartnerApplication. */
export interface ExchangeAuthCertificate {
  /** The DER, standard base64. */
  derBase64: string;
  /** SHA-1 thumbprint, 40 upper-case hex digits. */
  thumbprint: string;
  /** ISO-8601. */
  notAfter: string;
}

export interface ScriptValues {
  sipDomain: string;
  realm: string;
  /** Set-CsOAuthConfiguration -Realm is written only when the realm is not the SIP domain. */
  realmDiffersFromSipDomain: boolean;
  lyncPoolFqdn: string;
  exchangeAutodiscoverFqdn: string;
  exchangeServers: string[];
  /** Null: the scripts use $env:ExchangeInstallPath on the server. */
  exchangeInstallPath: string | null;
  testUserSipUri: string;
  lyncMetadataUrl: string;
  exchangeMetadataUrl: string;
  /** https://<autodiscover>/autodiscover/autodiscover.svc, for Set-CsOAuthConfiguration -ExchangeAutodiscoverUrl. */
  exchangeAutodiscoverServiceUrl: string;
  options: Pick<ProjectOptions, 'archiving' | 'unifiedContactStore' | 'deleteTestItem' | 'trustAnySslCertificate' | 'lyncTrustsExchangeBy'>;
  /** Present exactly when options.lyncTrustsExchangeBy is 'certificate'. */
  exchangeAuthCertificate: ExchangeAuthCertificate | null;
}

const thumbprintPattern = /^[0-9A-F]{40}$/;
const base64Pattern = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** An unpaired UTF-16 surrogate: a broken character that no encoding can write. */
export const brokenUnicode = /\p{Cs}/u;
/** Line breaks and other control characters, and the Unicode line and paragraph separators. */
const controlOrSeparator = /[\p{Cc}\u2028\u2029\u0085]/u;

function refuse<T>(field: string, message: Message): Result<T> {
  return fail('script.unsafe-value', message, field);
}

function fqdn(field: string, value: string): Result<string> {
  const check = checkFqdn(value);
  return check.ok ? ok(value.toLowerCase()) : refuse(field, msg('error.script.cannot-enter', { field, value, reason: check.reasonMessage }));
}

function httpsUrl(field: string, value: string): Result<string> {
  const parsed = parseHttpsUrl(value);
  // The serialized URL is ASCII (punycode host, percent-encoded path), so it is written as it is.
  return parsed.ok ? ok(parsed.url.href) : refuse(field, msg('error.script.cannot-enter', { field, value, reason: parsed.reasonMessage }));
}

function windowsPath(field: string, value: string): Result<string> {
  if (brokenUnicode.test(value)) return refuse(field, msg('error.script.broken-unicode', { field }));
  const check = checkWindowsPath(value);
  return check.ok ? ok(value) : refuse(field, msg('error.script.cannot-enter', { field, value, reason: check.reasonMessage }));
}

/** A thumbprint as Windows shows it; spaces and lower case, as certificate dialogs copy it, are accepted. */
export function normalizeThumbprint(value: string): string | null {
  const compact = value.replace(/[\s:]/g, '').toUpperCase();
  return thumbprintPattern.test(compact) ? compact : null;
}

function certificate(project: Project, certificate: ExchangeAuthCertificate | null): Result<ExchangeAuthCertificate | null> {
  if (project.options.lyncTrustsExchangeBy !== 'certificate') return ok(null);
  const field = 'certificates.exchangeAuth';
  if (certificate === null) {
    return fail(
      'script.certificate-required',
      msg('error.script.certificate-required', { field }),
      field,
    );
  }
  if (!base64Pattern.test(certificate.derBase64) || certificate.derBase64.length === 0) {
    return refuse(field, msg('error.script.not-base64', { field }));
  }
  const thumbprint = normalizeThumbprint(certificate.thumbprint);
  if (thumbprint === null) return refuse(field, msg('error.script.not-thumbprint', { field, value: certificate.thumbprint }));
  if (Number.isNaN(Date.parse(certificate.notAfter))) return refuse(field, msg('error.script.not-date', { field, value: certificate.notAfter }));
  return ok({ derBase64: certificate.derBase64, thumbprint, notAfter: new Date(certificate.notAfter).toISOString() });
}

/**
 * Every value of `project` that a script needs, checked for the script. A project with an error finding is
 * refused with that finding's field; so is any value outside its form.
 */
export function scriptValuesOf(project: Project, exchangeAuthCertificate: ExchangeAuthCertificate | null): Result<ScriptValues> {
  const invalid = validateProject(project).find((f) => f.severity === 'error');
  if (invalid) {
    const field = invalid.subject ?? 'project';
    return fail('script.invalid-project', msg('error.script.invalid-project', { field, title: { key: invalid.id }, detail: invalid.text.detail }), field);
  }
  const endpoints = resolveEndpoints(project);
  const sipDomain = fqdn('sipDomain', project.sipDomain);
  if (!sipDomain.ok) return sipDomain;
  const realm = fqdn(project.realm === null ? 'sipDomain' : 'realm', endpoints.realm);
  if (!realm.ok) return realm;
  const pool = fqdn('lyncPoolFqdn', project.lyncPoolFqdn);
  if (!pool.ok) return pool;
  const autodiscover = fqdn('exchangeAutodiscoverFqdn', project.exchangeAutodiscoverFqdn);
  if (!autodiscover.ok) return autodiscover;
  const servers: string[] = [];
  for (const [index, server] of project.exchangeServers.entries()) {
    const checked = fqdn(`exchangeServers[${index}]`, server);
    if (!checked.ok) return checked;
    if (servers.includes(checked.value)) return refuse(`exchangeServers[${index}]`, msg('error.script.server-twice', { field: `exchangeServers[${index}]`, value: server, iisreset: 'iisreset' }));
    servers.push(checked.value);
  }
  if (servers.length === 0) return refuse('exchangeServers', msg('error.script.no-server', { field: 'exchangeServers', iisreset: 'iisreset' }));
  let installPath: string | null = null;
  if (project.exchangeInstallPath !== null) {
    const checked = windowsPath('exchangeInstallPath', project.exchangeInstallPath);
    if (!checked.ok) return checked;
    installPath = checked.value;
  }
  const sip = parseSipUri(project.testUserSipUri);
  if (!sip.ok || controlOrSeparator.test(project.testUserSipUri)) {
    const reason = sip.ok ? msg('error.script.control-character') : sip.reasonMessage;
    return refuse('testUserSipUri', msg('error.script.cannot-enter', { field: 'testUserSipUri', value: project.testUserSipUri, reason }));
  }
  const lyncMetadataUrl = httpsUrl(project.lyncMetadataUrl === null ? 'lyncPoolFqdn' : 'lyncMetadataUrl', endpoints.lyncMetadataUrl);
  if (!lyncMetadataUrl.ok) return lyncMetadataUrl;
  const exchangeMetadataUrl = httpsUrl(project.exchangeMetadataUrl === null ? 'exchangeAutodiscoverFqdn' : 'exchangeMetadataUrl', endpoints.exchangeMetadataUrl);
  if (!exchangeMetadataUrl.ok) return exchangeMetadataUrl;
  const cert = certificate(project, exchangeAuthCertificate);
  if (!cert.ok) return cert;
  const { archiving, unifiedContactStore, deleteTestItem, trustAnySslCertificate, lyncTrustsExchangeBy } = project.options;
  return ok({
    sipDomain: sipDomain.value,
    realm: realm.value,
    realmDiffersFromSipDomain: realm.value !== sipDomain.value,
    lyncPoolFqdn: pool.value,
    exchangeAutodiscoverFqdn: autodiscover.value,
    exchangeServers: servers,
    exchangeInstallPath: installPath,
    testUserSipUri: `sip:${sip.uri.user}@${sip.uri.domain.toLowerCase()}`,
    lyncMetadataUrl: lyncMetadataUrl.value,
    exchangeMetadataUrl: exchangeMetadataUrl.value,
    exchangeAutodiscoverServiceUrl: `https://${autodiscover.value}/autodiscover/autodiscover.svc`,
    options: { archiving, unifiedContactStore, deleteTestItem, trustAnySslCertificate, lyncTrustsExchangeBy },
    exchangeAuthCertificate: cert.value,
  });
}
