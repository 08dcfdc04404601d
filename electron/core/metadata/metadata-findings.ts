/**
 * Finding ids of the metadata documents (design.md §5) and of the live Exchange trust probe, with their titles, and
 * the English of their messages. Commands, URLs and values from the network enter as values.
 */
export const metadataFindings = {
  'metadata.unreachable': 'The endpoint could not be reached',
  'metadata.timeout': 'The endpoint did not answer in time',
  'metadata.tls-untrusted': "The endpoint's TLS certificate is not trusted",
  'metadata.http-status': 'The endpoint did not answer 200 OK',
  'metadata.redirect-refused': 'A redirect was not followed',
  'metadata.too-large': 'The metadata document is larger than 1 MiB',
  'metadata.not-json': 'The metadata document is not a JSON object',
  'metadata.no-keys': 'The metadata document holds no signing key',
  'metadata.key-undecodable': 'A key of the metadata document is not a readable certificate',
  'metadata.wrong-service': 'The metadata document belongs to another service',
  'metadata.issuer-mismatch': 'The issuer is not <service>@<realm>',
  'metadata.realm-mismatch': "The document's realm is not the project's realm",
  'metadata.x5t-mismatch': "A key's x5t is not the thumbprint of its certificate",
  'metadata.key-expired': 'A signing key has expired',
  'metadata.key-mismatch': "No key matches the project's certificate",
  'metadata.key-not-compared': "The keys were not compared with the project's certificate",
  'metadata.not-checked': 'The metadata document was not checked',
} as const satisfies Record<string, string>;

export const exchangeTrustFindings = {
  'exchange.trusts-lync': 'Exchange trusts Lync as a token issuer',
  'exchange.does-not-trust-lync': 'Exchange does not trust Lync as a token issuer yet',
  'exchange.trust-unknown': 'Whether Exchange trusts Lync could not be told',
} as const satisfies Record<string, string>;

export const metadataMessages = {
  'metadata.role.lync': 'Lync / Skype for Business',
  'metadata.role.exchange': 'Exchange',
  'metadata.list.or': ' or ',

  // Fetching (network-findings.ts). The reason comes from the network layer and stays in English.
  'metadata.fetched-by.lync':
    'Exchange downloads this document when the Lync partner application is created ({command}), so every Exchange server must reach it too.',
  'metadata.fetched-by.exchange': "Every Lync Front End downloads this document ({command}), so they must reach it too; Autodiscover's name must resolve inside the network.",
  'metadata.unreachable.detail': '{reason}',
  'metadata.unreachable.detail.fetched-by': '{reason} {fetchedBy}',
  'metadata.unreachable.fix': 'Check that {host} resolves from this computer ({command}) and that port 443 is open to it; fix the DNS record or the firewall.',
  'metadata.timeout.detail': '{reason}',
  'metadata.timeout.detail.fetched-by': '{reason} {fetchedBy}',
  'metadata.timeout.fix':
    'Check that {host} answers on port 443 from this computer ({command}); a firewall that drops packets makes a connection hang instead of failing. Raise the timeout only for a slow but working link.',
  'metadata.tls-untrusted.detail': '{reason} {presented}',
  'metadata.tls-untrusted.detail.unreadable': '{reason} The certificate could not be read.',
  'metadata.tls-untrusted.presented': 'Presented: {subject}, issued by {issuer}; names {names}; valid {notBefore} to {notAfter}; SHA-256 {fingerprint}.',
  'metadata.tls-untrusted.presented.no-names': 'Presented: {subject}, issued by {issuer}; names none; valid {notBefore} to {notAfter}; SHA-256 {fingerprint}.',
  'metadata.tls-untrusted.servers.lync':
    'Exchange must trust it as well: import the CA into the Trusted Root Certification Authorities of every Exchange server ({option} is a last resort Microsoft does not recommend in production).',
  'metadata.tls-untrusted.servers.exchange':
    'Every Lync Front End must trust it as well (Lync has no switch to trust any certificate): import the CA into the Trusted Root Certification Authorities of each Front End.',
  'metadata.tls-untrusted.servers.other': 'The servers that fetch this document must trust it as well.',
  'metadata.tls-untrusted.fix.unknown-ca':
    "If you know this certificate (compare its SHA-256 fingerprint with the server's), trust it here: import its CA (the project's trusted CA files, or {option}), or pin this endpoint's certificate by its fingerprint. {servers}",
  'metadata.tls-untrusted.fix.wrong-host':
    'The certificate must name {host}: issue one whose subject alternative names include {host} and bind it to {binding}; or use the name the certificate holds.',
  'metadata.tls-untrusted.fix.wrong-host.names':
    'The certificate must name {host} (it names {names}): issue one whose subject alternative names include {host} and bind it to {binding}; or use the name the certificate holds.',
  'metadata.tls-untrusted.binding.exchange': 'IIS on the Exchange servers ({command})',
  'metadata.tls-untrusted.binding.lync': "the pool's web services ({command})",
  'metadata.tls-untrusted.binding.other': 'the server',
  'metadata.tls-untrusted.fix.expired': 'Renew the certificate {host} presents (and check the clock of this computer). {servers}',
  'metadata.tls-untrusted.fix.pin-mismatch':
    "The endpoint no longer presents the certificate pinned for it: it was renewed, or something intercepts the connection. Compare the new fingerprint with the server's certificate ({commands}), then pin it again or import its CA.",
  'metadata.tls-untrusted.fix.other': 'Check the certificate chain {host} presents. {servers}',
  'metadata.too-large.detail': '{reason}',
  'metadata.too-large.fix': 'Check the URL or file: a metadata document is a few kilobytes. A proxy or an error page may answer instead of the service.',
  'metadata.redirect-refused.detail': '{reason} Exchange and Lync fetch the document at the URL they are given.',
  'metadata.redirect-refused.fix': 'Use the final URL directly, over https (a redirect away from https could let anyone on the way replace the keys).',
  'metadata.http-status.detail': '{url} answered {answer}, not 200 OK.',
  'metadata.http-status.fix.401': 'The endpoint asks for authentication, but Exchange and Lync fetch it anonymously: allow anonymous access to it.',
  'metadata.http-status.fix.403': 'The endpoint refuses anonymous access, but Exchange and Lync fetch it anonymously: allow anonymous access to it.',
  'metadata.http-status.fix.404.exchange':
    "Nothing is published at this path: Exchange's is {path} (Microsoft's New-CsPartnerApplication example leaves out /autodiscover).",
  'metadata.http-status.fix.404.lync': "Nothing is published at this path: Lync's is {url}.",
  'metadata.http-status.fix.404': 'Nothing is published at this path.',
  'metadata.http-status.fix.server-error': "The server failed: check the web server's event log and the IIS logs for this request.",
  'metadata.http-status.fix.other': 'Check the URL and what answers at it.',
  'metadata.not-json.detail': '{reason}',
  'metadata.not-json.detail.content-type': '{reason} The server said it sent {contentType}: perhaps an error or sign-in page instead of the document.',
  'metadata.not-json.fix': 'Check the URL or file: a metadata document is one JSON object with serviceName, issuer and keys.',

  // The document itself (check-metadata.ts).
  'metadata.no-keys.detail.absent': 'It has no "keys" property. Without a signing key, no partner can verify the tokens this service issues.',
  'metadata.no-keys.detail.not-a-list': 'Its "keys" property is not a list. Without a signing key, no partner can verify the tokens this service issues.',
  'metadata.no-keys.detail.empty': 'Its "keys" list is empty. Without a signing key, no partner can verify the tokens this service issues.',
  'metadata.no-keys.fix':
    "Check the URL (it must be the service's /metadata/json/1) and that the service has its token-signing certificate: {lyncCommand} (Lync), {exchangeCommand} (Exchange).",
  'metadata.key-undecodable.detail': '{key}: {problem}',
  'metadata.key-undecodable.detail.not-a-certificate': '{key}: it is not a certificate.',
  'metadata.key-undecodable.fix':
    'The value must be the base64 of the DER certificate, complete. If you saved or pasted the document, take it again from the server unchanged; if the server itself publishes it so, its token-signing certificate needs attention.',
  'metadata.x5t-mismatch.detail.standard-base64':
    "{key} declares x5t '{declared}', but its certificate (thumbprint {thumbprint}) has x5t '{x5t}'. It is the same digest written in standard base64; tokens carry base64url without padding, so a partner comparing the two as strings finds no key.",
  'metadata.x5t-mismatch.detail.other-certificate':
    "{key} declares x5t '{declared}', but its certificate (thumbprint {thumbprint}) has x5t '{x5t}'. It is not the thumbprint of this certificate: the document may mix two certificates.",
  'metadata.x5t-mismatch.fix':
    "Partners pick the key whose x5t equals the token header's x5t. Publish the metadata again from the service (it computes x5t itself), or take the document from the server unchanged.",
  'metadata.key-expired.detail.rotation':
    '{key} (thumbprint {thumbprint}) expired on {notAfter}. Another key of the document is still valid: a rotation is probably in progress, and the expired key can be cleared.',
  'metadata.key-expired.detail.none-valid': '{key} (thumbprint {thumbprint}) expired on {notAfter}. No key of the document is valid: partners reject every token this service signs.',
  'metadata.key-expired.fix.lync':
    'Assign a valid OAuthTokenIssuer certificate on a Front End: {assignCommand} (roll it with {rollOptions} at least 24 hours before the old one expires), then on Exchange: {refreshCommand}.',
  'metadata.key-expired.fix.exchange':
    'Renew the Exchange Auth certificate: {commands}; then restart MSExchangeServiceHost and run iisreset (or run CSS-Exchange {monitorCommand}).',
  'metadata.key-expired.fix.other': 'Renew the token-signing certificate of this service and publish the new one.',
  'metadata.key-expired.fix.clear': 'Clear it once the new key is in use: {command}.',
  'metadata.wrong-service.detail': 'The document belongs to {published}, not to {role} ({expected}).',
  'metadata.wrong-service.detail.unnamed':
    'The document names no service (neither serviceName nor issuer), so it cannot be told whether it is the {role} document ({expected}).',
  'metadata.wrong-service.fix.unnamed': 'Check that the URL is the {role} metadata document.',
  'metadata.wrong-service.fix.exchange-for-lync': "This is Exchange's document: the Lync and Exchange URLs look swapped. Lync's is {url}.",
  'metadata.wrong-service.fix.lync-for-exchange': "This is Lync's document: the Lync and Exchange URLs look swapped. Exchange's is {url}.",
  'metadata.wrong-service.fix.sharepoint.lync': "This is SharePoint's document ({path}). Use the pool's {url}.",
  'metadata.wrong-service.fix.sharepoint.exchange': "This is SharePoint's document ({path}). Use Exchange's {url}.",
  'metadata.wrong-service.fix.lync': "Use the pool's {url}. If it is the pool's, its service name was changed: {command}.",
  'metadata.wrong-service.fix.exchange':
    "Use {url}. Exchange's ServiceName must stay {serviceName} (Set-AuthConfig warns that changing it breaks server-to-server authentication).",
  'metadata.issuer-mismatch.detail':
    "The issuer is '{issuer}', but {problems}; expected {expected}. Partners record the issuer and compare it with the tokens' issuer, case-sensitively.",
  'metadata.issuer-mismatch.problem.no-at': 'it has no @ between the service and the realm',
  'metadata.issuer-mismatch.problem.service': "its service part '{part}' is not the service {service}",
  'metadata.issuer-mismatch.problem.realm': "its realm part '{part}' is not the document's realm '{realm}'",
  'metadata.issuer-mismatch.problem.both': '{service}, and {realm}',
  'metadata.issuer-mismatch.fix':
    'Take the document from the service unchanged. On Lync the issuer comes from Get-CsOAuthConfiguration (ServiceName and Realm); on Exchange from Get-AuthConfig (ServiceName and Realm).',
  'metadata.realm-mismatch.detail.open':
    "Exchange publishes {what}. That is normal: on premises Get-AuthConfig's Realm is empty by default, and Exchange then accepts a token whose realm is one of its accepted domains. Lync's tokens carry the realm '{realm}', so it must be an accepted domain of Exchange, listed explicitly: a wildcard (*.{realm}) fails with \"The tenant for tenant guid '{realm}' does not exist\".",
  'metadata.realm-mismatch.open.none': 'no realm',
  'metadata.realm-mismatch.open.empty': 'an empty realm',
  'metadata.realm-mismatch.open.star': "the realm '*'",
  'metadata.realm-mismatch.fix.open': 'On Exchange: {command} must return the domain (not only a *.{realm} wildcard).',
  'metadata.realm-mismatch.detail':
    "The document's realm is '{published}', but the project's OAuth realm is '{realm}'. Tokens carry the realm, and the partner accepts only the realm it recorded.",
  'metadata.realm-mismatch.detail.case':
    "The document's realm is '{published}', but the project's OAuth realm is '{realm}'. They differ only in case, and realms are compared case-sensitively. Tokens carry the realm, and the partner accepts only the realm it recorded.",
  'metadata.realm-mismatch.detail.from-issuer':
    "The document's realm is '{published}' (from its issuer), but the project's OAuth realm is '{realm}'. Tokens carry the realm, and the partner accepts only the realm it recorded.",
  'metadata.realm-mismatch.detail.from-issuer.case':
    "The document's realm is '{published}' (from its issuer), but the project's OAuth realm is '{realm}'. They differ only in case, and realms are compared case-sensitively. Tokens carry the realm, and the partner accepts only the realm it recorded.",
  'metadata.realm-mismatch.fix.exchange':
    "Exchange checks a token's realm against its accepted domains first; only when '{realm}' is not an accepted domain must Lync's tokens carry Exchange's realm '{published}'. Make '{realm}' an explicit accepted domain of Exchange, or align the realms ({command}).",
  'metadata.realm-mismatch.fix.lync':
    "If '{published}' is right, set the project's realm to it. Otherwise set Lync's realm on a Front End: {setCommand}, and refresh Exchange's copy: {refreshCommand}.",

  // The keys against the certificates (cross-check-keys.ts).
  'metadata.certificate.lync': 'Lync OAuthTokenIssuer certificate',
  'metadata.certificate.exchange': 'Exchange Auth certificate',
  'metadata.certificate.any': 'certificate',
  'metadata.key-mismatch.source.exchange': "Exchange's AuthConfig in {file} (collected on {server})",
  'metadata.key-mismatch.source.lync': "Lync's OAuthTokenIssuer certificate in {file} (collected on {server})",
  'metadata.key-mismatch.published-key': '{key} {thumbprint} (x5t {x5t}, expires {expires})',
  'metadata.key-mismatch.detail.project':
    "The document publishes {published}, but the project's {what} {file} has thumbprint {thumbprint} (x5t {x5t}). The partner verifies tokens with the published key: with the wrong one, every token is rejected (it works, then breaks after a certificate roll on either side).",
  'metadata.key-mismatch.detail.server':
    'The document publishes {published}, but {source} says the server signs with {thumbprints}. The partner verifies tokens with the published key: with the wrong one, every token is rejected (it works, then breaks after a certificate roll on either side).',
  'metadata.key-mismatch.fix.lync':
    "If {thumbprint} is the certificate Lync must sign with, assign it once for the whole deployment (Lync Server Management Shell, on one Front End):\n  {assignCommand}\n  ({importCommand} when it is not in the Front End's store yet)\nthen make Exchange read the new key (Exchange Management Shell):\n  {refreshCommand}\n{last}",
  'metadata.key-mismatch.fix.exchange':
    'If {thumbprint} is the Auth certificate Exchange must sign with (Exchange Management Shell):\n  {setCommand}\n  {publishCommand}\n  then restart MSExchangeServiceHost and run iisreset; publishing can take up to an hour.\nthen make Lync read the new key (Lync Server Management Shell; the identity Get-CsPartnerApplication shows for Exchange):\n  {rebindCommand}\n{last}',
  'metadata.key-mismatch.fix.any':
    'Compare the thumbprints: the service signs with the certificate its document publishes. Give the certificate that document publishes, or make the service publish yours.',
  'metadata.key-mismatch.last.project.lync': 'If the key the pool publishes is the right one, give the project that certificate instead.',
  'metadata.key-mismatch.last.project.exchange': 'If the key Exchange publishes is the right one, give the project that certificate instead.',
  'metadata.key-mismatch.last.server': 'A saved copy of the document may be older than the certificate: fetch the document again before changing anything.',
  'metadata.key-not-compared.detail': "The document's keys were not compared with the {what} {file}: {reason}",
  'metadata.key-not-compared.fix': 'Give the public certificate (.cer or .pem, no password needed) for the comparison, or compare the thumbprints yourself.',

  // Offline (not-checked.ts).
  'metadata.not-checked.detail': 'Offline, and the project names no saved copy of the {role} metadata document ({field}), so it was not checked.',
  'metadata.not-checked.fix':
    'Fetch it once where the server is reachable and save it into the project folder: the Metadata step\'s "Save into the project folder", or {command} and set {field} to that file.',

  // Does Exchange trust Lync? (exchange-trust-probe.ts)
  'exchange.listed': 'Exchange lists as trusted issuers: {issuers}.',
  'exchange.listed.none': 'Exchange lists as trusted issuers: none.',
  'exchange.trusts-lync.detail': "{listed} {expected} is among them: Exchange has a partner application for Lync in the realm '{realm}'.",
  'exchange.does-not-trust-lync.why.other-realm':
    "Exchange trusts Lync for the realm {realms}, not for '{realm}': realms are compared case-sensitively, and tokens from this pool carry '{realm}'.",
  'exchange.does-not-trust-lync.why.absent': '{expected} is not among them: Exchange has no enabled partner application for Lync in this realm.',
  'exchange.does-not-trust-lync.detail.configured': '{listed} {why}',
  'exchange.does-not-trust-lync.detail.not-configured': '{listed} {why} That is expected until the Exchange side is configured (step "Exchange trusts Lync").',
  'exchange.does-not-trust-lync.configure': '{command} (Exchange Management Shell, in {folder}), then iisreset on each Exchange server',
  'exchange.does-not-trust-lync.fix.configured':
    "Check the Lync partner application on Exchange: {command} (Enabled True, Realm '{realm}'); if it is missing, run {configure}. After a change, run iisreset on each Exchange server.",
  'exchange.does-not-trust-lync.fix.not-configured': 'Run {configure}.',
  'exchange.trust-unknown.detail.no-answer': 'The probe got no answer from EWS: {reason}',
  'exchange.trust-unknown.fix.no-answer':
    'Fix the connection to EWS first (the Exchange metadata endpoint is usually on the same host and shows the same problem in more detail).',
  'exchange.trust-unknown.detail.status': 'EWS answered {status} to an anonymous request instead of 401 with a Bearer challenge.',
  'exchange.trust-unknown.detail.no-bearer':
    "EWS answered 401 but offered no Bearer (OAuth) challenge ({offered}): it does not accept OAuth tokens, so Lync's cannot be accepted either.",
  'exchange.trust-unknown.detail.no-bearer.no-header':
    "EWS answered 401 but offered no Bearer (OAuth) challenge (no WWW-Authenticate header): it does not accept OAuth tokens, so Lync's cannot be accepted either.",
  'exchange.trust-unknown.fix.enable-oauth':
    "If EWS does not offer OAuth, enable it on every Exchange server: {command}, then iisreset. A proxy or load balancer answering in Exchange's place gives the same result.",
  'exchange.trust-unknown.detail.no-issuers': 'EWS offered a Bearer challenge without trusted_issuers, so the issuers Exchange trusts could not be read.',
  'exchange.trust-unknown.fix.no-issuers': 'Check the partner applications on Exchange: {command}.',
  'exchange.trust-unknown.detail.offline': 'Offline: whether Exchange trusts Lync was not probed (it takes a request to EWS).',
  'exchange.trust-unknown.fix.offline': 'Run the check without {option} from a computer that reaches Exchange.',
} as const satisfies Record<string, string>;
