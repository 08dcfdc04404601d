/**
 * What each known symptom looks like in the output, as patterns over the compact text (compact-text.ts:
 * lower case, no blanks). The texts come from domain.md §6 (F1, F5–F9, F11) and the .NET messages the Storage
 * Service and the cmdlets print; the corpus under tests/fixtures/diagnose holds an example of each.
 */
import { phrase } from './compact-text.js';

const pattern = (...parts: string[]) => new RegExp(parts.join(''));

/** Parameters that may follow -SipUri on a Test-CsExStorageConnectivity line, where an unquoted URI ends. */
const testParameters = 'deleteitem|verbose|folder|binding|force|hostnamestorageservice|usecache|erroraction|warningaction|debug';
/** An Autodiscover URL ends in .svc (what Lync needs) or .xml (the SCP form, wrong for Lync). */
const autodiscoverUrl = 'https?:\\/\\/[a-z0-9.:-]+\\/[\\w\\/.%-]*?\\.(?:svc|xml)';

export type SymptomName =
  | 'invalidTenant'
  | 'unauthorized'
  | 'accessDenied'
  | 'autodiscover'
  | 'emptyResponse'
  | 'metadataDownload'
  | 'noMailbox'
  | 'success'
  | 'configureSucceeded'
  | 'storageCmdlet';

export const symptoms: Record<SymptomName, RegExp[]> = {
  /** F5: Exchange looked the token's realm up as a tenant (a wildcard accepted domain). */
  invalidTenant: [
    pattern(phrase('x-ms-diagnostics:'), '2000004'),
    pattern(phrase('error_category="invalid_tenant"')),
    pattern(phrase("The tenant for tenant guid '"), "[^']+", phrase("' does not exist")),
  ],
  /** F6: any 401 from Exchange, verbose (`HTTP/1.1 401`) or not (the .NET WebException / SOAP client texts). */
  unauthorized: [pattern('http\\/1\\.[01]401'), pattern(phrase('(401) Unauthorized')), pattern(phrase('HTTP status 401'))],
  /** F8. `ErrorAccessDenied` is an EWS response code (a missing RBAC role), not the caller's rights. */
  accessDenied: [pattern('(?<!error)', phrase('Access Denied')), pattern(phrase('Access is denied'))],
  /** F7 and Debug-CsStorageServiceFailures: the Storage Service's EWS Autodiscover step failed. */
  autodiscover: [pattern(phrase('code=ErrorEwsAutodiscover')), pattern(phrase('GetUserSettings failed'))],
  /** F11. */
  emptyResponse: [pattern(phrase('error code'), '[:=]?574(?!\\d)'), pattern(phrase("content type of '', but expected 'text/xml'"))],
  /** F1: New-/Set-CsPartnerApplication -MetadataUrl. */
  metadataDownload: [
    pattern(phrase('The metadata document could not be downloaded')),
    pattern(phrase('downloaded data is not a valid metadata document')),
  ],
  /** F9: EWS `ErrorNonExistentMailbox` and Autodiscover's `InvalidUser` for the test user's address. */
  noMailbox: [
    pattern(phrase('ErrorNonExistentMailbox')),
    pattern(phrase('has no mailbox associated with it')),
    pattern(phrase('InvalidUser'), '(?!nameorpassword)'),
  ],
  /**
   * The test's verbose verdict and the storage response it reports; the verdict line 03-verify.ps1 writes into
   * its output file after a run that threw nothing (its script sets $ErrorActionPreference = 'Stop').
   */
  success: [pattern(phrase('Is command successful: True')), pattern(phrase('result=Success'), '(?![a-z])'), pattern(phrase('=== RESULT: succeeded'))],
  /** The last line of Configure-EnterprisePartnerApplication.ps1 when it worked. */
  configureSucceeded: [pattern(phrase('THE CONFIGURATION HAS SUCCEEDED'))],
  /** Output of the Storage Service cmdlets (where "Access Denied" means the RTC groups). */
  storageCmdlet: [pattern('test-csexstorage(connectivity|notification)'), pattern('debug-csstorageservicefailures'), pattern(phrase('storage service'))],
};

/** Facts the output states, captured in their original case. */
export const facts = {
  /** `-SipUri 'sip:…'` on the command line, or `sipUri=sip:…` in the verbose activity trace. */
  sipUri: [
    pattern("-sipuri['\"]?(sip:[\\w.%+-]+@[a-z0-9.-]+?)(?=['\"]|-(?:", testParameters, ')|[^a-z0-9.-]|$)'),
    pattern('sipuri=(sip:[\\w.%+-]+@[a-z0-9.-]+)'),
  ],
  /** The realm in `The tenant for tenant guid 'contoso.com' does not exist`. */
  tenantRealm: [pattern(phrase("The tenant for tenant guid '"), "([^']+)'")],
  /** `trusted_issuers="…"` of the Bearer challenge. */
  trustedIssuers: [pattern('trusted_issuers="([^"]*)"')],
  /** The Autodiscover URL the Storage Service used. */
  autodiscoverUrl: [pattern('(?:autodiscoveruri=|exchangeautodiscoverurl:?)(', autodiscoverUrl, ')')],
  notFound: [pattern(phrase('(404) Not Found'))],
  canceled: [pattern(phrase('The request was canceled')), pattern(phrase('The request was aborted'))],
  /** `-MetadataUrl "…"` / `-AuthMetadataUrl '…'` on the command line of the failing command. */
  metadataUrl: [pattern('-(?:auth)?metadataurl(?:"(https?:\\/\\/[^"]+)"|\'(https?:\\/\\/[^\']+)\')')],
  dumpster: [pattern("-folder['\"]?dumpster")],
  /** Configure-EnterprisePartnerApplication.ps1 (the Exchange side) rather than a Lync cmdlet. */
  configureScript: [pattern(phrase('Configure-EnterprisePartnerApplication'))],
} as const satisfies Record<string, RegExp[]>;
