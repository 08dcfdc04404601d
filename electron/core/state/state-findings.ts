/**
 * Finding ids raised by the checks of imported server state (check-exchange-state.ts, check-lync-state.ts), with
 * their titles, and the English of their messages. A fix is lines: comments (translated) and commands (values).
 */
export const stateFindings = {
  'state.duplicate-lync-partner-applications': 'Exchange holds more than one LyncEnterprise partner application',
  'state.no-enabled-lync-partner': 'Exchange has no enabled Lync partner application',
  'state.auth-certificate-missing': 'The Exchange Auth certificate is missing',
  'state.auth-certificate-expired': 'The Exchange Auth certificate has expired',
  'state.auth-certificate-expires-soon': 'The Exchange Auth certificate expires soon',
  'state.auth-certificate-next-staged': 'A next Exchange Auth certificate is staged',
  'state.oauth-disabled': 'OAuth authentication is off on an EWS or Autodiscover virtual directory',
  'state.wildcard-accepted-domain': 'Exchange has a wildcard accepted domain',
  'state.autodiscover-internal-uri-missing': 'AutoDiscoverServiceInternalUri is not set',
  'state.oauth-token-issuer-missing': 'Lync has no OAuthTokenIssuer certificate',
  'state.oauth-token-issuer-expired': "Lync's OAuthTokenIssuer certificate is not valid now",
  'state.no-exchange-partner': 'Lync has no partner application for Exchange',
  'state.exchange-partner-wrong-id': "Lync's Exchange partner application has the wrong application id",
  'state.autodiscover-url-unset': "Lync's ExchangeAutodiscoverUrl is not set",
  'state.autodiscover-url-xml': "Lync's ExchangeAutodiscoverUrl ends in .xml",
} as const satisfies Record<string, string>;

export const stateMessages = {
  /** A fix that is nothing but commands. */
  'state.commands': '{commands}',

  // Shared fixes (state-fix-commands.ts).
  'state.fix.lync-rereads': "# Lync Server Management Shell: read Exchange's metadata again so Lync trusts the new key\n{command}",
  'state.fix.replace-auth-certificate':
    '# Exchange Management Shell: a new Auth certificate, made current at once\n{commands}\n# Publishing can take an hour. Or let CSS-Exchange do it: {monitorCommand}\n{lyncRereads}',
  'state.fix.stage-auth-certificate': '# Exchange Management Shell: stage a new Auth certificate, effective in two days\n{commands}\n# After the effective date:\n{lyncRereads}',

  // Exchange (check-exchange-state.ts).
  'state.auth-certificate-missing.detail.none': 'Get-AuthConfig names no current certificate: Exchange cannot sign its tokens or publish a key in its metadata.',
  'state.auth-certificate-missing.detail.not-on-server':
    "Get-AuthConfig names the Auth certificate {thumbprint}, but {server} does not have it (it must exist on every Mailbox and Client Access server). Symptoms: OWA/ECP sign-in loops, Lync's calls refused.",
  'state.auth-certificate-missing.fix.look-elsewhere': '# Is it on the other servers? {command}\n{replace}',
  'state.auth-certificate-expired.detail':
    "The Exchange Auth certificate {thumbprint} expired on {notAfter}: Lync cannot check Exchange's tokens and Exchange's own OWA/ECP sign-in breaks.",
  'state.auth-certificate-expires-soon.detail.covered':
    'The Exchange Auth certificate {thumbprint} expires on {notAfter}, in {days} day(s). A next certificate is staged to take over before then.',
  'state.auth-certificate-expires-soon.detail.uncovered':
    'The Exchange Auth certificate {thumbprint} expires on {notAfter}, in {days} day(s). No next certificate is staged to take over.',
  'state.auth-certificate-next-staged.effective': ', effective {date}',
  'state.auth-certificate-next-staged.detail':
    'Get-AuthConfig stages {thumbprint} as the next Auth certificate{effective}. Exchange switches to it then; from that moment Lync must trust the new key, or the mailbox-write test fails with 401.',
  'state.auth-certificate-next-staged.detail.not-on-server':
    'Get-AuthConfig stages {thumbprint} as the next Auth certificate{effective} but {server} does not have that certificate: it must be on every Exchange server before it takes over.',
  'state.auth-certificate-next-staged.detail.expired': 'Get-AuthConfig stages {thumbprint} as the next Auth certificate{effective} but that certificate expired on {notAfter}.',
  'state.auth-certificate-next-staged.the-effective-date': 'the effective date',
  'state.auth-certificate-next-staged.fix': '# After {when}:\n{lyncRereads}',
  'state.auth-certificate-next-staged.fix.stage-again': '{stage}\n# After {when}:\n{lyncRereads}',
  'state.duplicate-lync-partner-applications.disabled': '{name} (disabled)',
  'state.duplicate-lync-partner-applications.detail':
    'Exchange holds {count} LyncEnterprise partner applications ({names}): Configure-EnterprisePartnerApplication.ps1 creates a new one on every run. Stale ones keep old keys and make trouble after a certificate change. Keep {keep}.',
  'state.duplicate-lync-partner-applications.detail.url':
    'Exchange holds {count} LyncEnterprise partner applications ({names}): Configure-EnterprisePartnerApplication.ps1 creates a new one on every run. Stale ones keep old keys and make trouble after a certificate change. Keep {keep} ({url}).',
  'state.duplicate-lync-partner-applications.fix': '# Exchange Management Shell: look first (-WhatIf), then remove the stale ones\n{commands}',
  'state.no-enabled-lync-partner.detail.disabled': "Exchange's Lync partner application {names} is disabled: Exchange refuses Lync's tokens (401).",
  'state.no-enabled-lync-partner.detail.none':
    "Exchange has no partner application for Lync yet (no LyncEnterprise-… and none made from the project's Lync metadata URL): Exchange does not trust Lync. Expected before 01-exchange-trust-lync.ps1 has run.",
  'state.no-enabled-lync-partner.fix.none': '# Run {script}, or: {command}\n{iisresets}',
  'state.wildcard-accepted-domain.detail.realm-covered':
    'Exchange\'s accepted domains include {wildcards}. "Wildcard domains aren\'t supported for server-to-server communication": the realm {realm} is covered only by the wildcard, so Exchange answers Lync with 401 and x-ms-diagnostics 2000004 (invalid_tenant).',
  'state.wildcard-accepted-domain.detail.no-realm':
    'Exchange\'s accepted domains include {wildcards}. "Wildcard domains aren\'t supported for server-to-server communication": if the OAuth realm is covered only by a wildcard, Exchange answers Lync with 401 (invalid_tenant).',
  'state.wildcard-accepted-domain.detail.realm-explicit':
    'Exchange\'s accepted domains include {wildcards}. "Wildcard domains aren\'t supported for server-to-server communication": the realm {realm} is defined explicitly, so the test should pass; define the other domains explicitly as well.',
  'state.wildcard-accepted-domain.detail.realm-not-covered':
    'Exchange\'s accepted domains include {wildcards}. "Wildcard domains aren\'t supported for server-to-server communication": the realm {realm} is not covered by it, so the test should pass; define the other domains explicitly as well.',
  'state.wildcard-accepted-domain.fix':
    '{listCommands}\n# Replace each wildcard by explicit entries for the domains in use; then, with the mail-flow owner, remove it (-WhatIf shows what would go):\n{removeCommands}',
  'state.oauth-disabled.detail':
    'OAuthAuthentication is off on {directories}: Exchange answers Lync\'s OAuth token with 401 ("the default configuration for Exchange does not include support for accepting Oauth tokens").',
  'state.autodiscover-internal-uri-missing.detail':
    'AutoDiscoverServiceInternalUri is empty on {servers}: Autodiscover must be configured before the integration, or the Storage Service cannot find mailboxes (ErrorEwsAutodiscover).',

  // Lync (check-lync-state.ts).
  'state.oauth-token-issuer.assign':
    "# Lync Server Management Shell, once for the whole deployment (the certificate must be at least 2048 bits, with the SIP domain in its subject):\n{setCommand}\n# or from a .pfx file (with its password): {importCommand}\n# Then Exchange must read Lync's metadata again: {refreshCommand}",
  'state.oauth-token-issuer-missing.detail': '{command} returns nothing: Lync has no certificate to sign its tokens, so server-to-server authentication cannot work.',
  'state.oauth-token-issuer-expired.certificate': '{thumbprint} (valid {notBefore} to {notAfter})',
  'state.oauth-token-issuer-expired.detail': 'No OAuthTokenIssuer certificate is valid now: {certificates}.',
  'state.no-exchange-partner.detail': 'Lync has no partner application for Exchange: it does not trust Exchange. Expected before {script} has run.',
  'state.no-exchange-partner.fix': '# Run {script}, or in the Lync Server Management Shell:\n{command}',
  'state.exchange-partner-wrong-id.application': '{identity} has application id {applicationId}',
  'state.exchange-partner-wrong-id.application.none': '{identity} has application id (none)',
  'state.exchange-partner-wrong-id.detail':
    "Lync's partner application {applications}; Exchange's is {exchangeId}. Lync does not connect the two, so it does not trust Exchange (an earlier manual set-up, or a partner application made from the wrong metadata).",
  'state.exchange-partner-wrong-id.fix': "# Lync Server Management Shell: remove it and create it again from Exchange's metadata\n{commands}",
  'state.autodiscover-url-unset.detail':
    "Get-CsOAuthConfiguration has no ExchangeAutodiscoverUrl: the Storage Service has to find Exchange's Autodiscover by itself, and fails with ErrorEwsAutodiscover when it cannot.",
  'state.autodiscover-url-xml.detail':
    "ExchangeAutodiscoverUrl is {url}: the .xml form is Outlook's; the Storage Service needs the SOAP endpoint /autodiscover/autodiscover.svc and fails with ErrorEwsAutodiscover.",
} as const satisfies Record<string, string>;
