/**
 * Finding ids raised by the certificate checks (check-certificate.ts, load-finding.ts, project-certificates.ts),
 * with their titles, and the English of their messages. Commands enter as values (cert-fixes.ts).
 */
export const certFindings = {
  'cert.unreadable': 'The certificate file cannot be read',
  'cert.password-required': 'The PFX file needs its password',
  'cert.password-wrong': 'The password does not open the PFX file',
  'cert.unsupported-algorithm': 'The certificate uses an algorithm this tool cannot read (EC/ECDSA)',
  'cert.expired': 'The certificate has expired',
  'cert.not-yet-valid': 'The certificate is not valid yet',
  'cert.expires-soon': 'The certificate expires soon',
  'cert.key-too-small': 'The key is smaller than 2048 bits',
  'cert.weak-signature': 'The certificate is signed with a weak hash',
  'cert.no-private-key': 'The file holds no private key for the certificate',
  'cert.subject-missing-sip-domain': 'The SIP domain is not in the subject or the SANs',
  'cert.hostname-mismatch': 'The host name is not in the certificate',
  'cert.untrusted-chain': 'The certificate does not chain to a trusted root',
  'cert.self-signed': 'The certificate is self-signed',
  'cert.no-server-auth': 'The certificate is not for server authentication',
  'cert.ca-unreadable': 'A trusted CA file cannot be read',
} as const satisfies Record<string, string>;

export const certMessages = {
  'cert.role.oauth-issuer': 'OAuthTokenIssuer certificate',
  'cert.role.exchange-auth': 'Exchange Auth certificate',
  'cert.role.tls': 'TLS certificate',

  // Reading the file. The reason comes from the loader and stays in English.
  'cert.password-required.detail': '{reason}',
  'cert.password-required.fix':
    'Enter the PFX password (in the wizard it stays in memory and is never saved); on the command line put it in an environment variable and name it with {option}.',
  'cert.password-wrong.detail': '{reason}',
  'cert.password-wrong.fix': 'Enter the password the PFX was exported with. If nobody knows it, export the certificate again with a new password.',
  'cert.unsupported-algorithm.detail': '{reason}',
  'cert.unsupported-algorithm.fix.tls':
    'Nothing to fix on the server for TLS itself: EC certificates are fine there. This tool cannot read them, so check the expiry, names and chain of this certificate with another tool.',
  'cert.unsupported-algorithm.fix.signing': 'Lync and Exchange sign server-to-server tokens with RSA: use an RSA certificate of 2048 bits or more.',
  'cert.unreadable.detail': '{reason}',
  'cert.unreadable.fix.oauth-issuer':
    "Export the certificate again from the Front End's computer store (certlm.msc → Personal → Certificates → All Tasks → Export): DER or Base-64 .cer to check it, .pfx with the private key to import it. {command} shows which one is assigned.",
  'cert.unreadable.fix.exchange-auth': "Export the certificate again from an Exchange server's computer store (certlm.msc) as DER or Base-64 .cer. {command} shows which one is in use.",
  'cert.unreadable.fix.tls': 'Export the certificate again (DER or Base-64 .cer, or PEM).',
  'cert.ca-unreadable.detail': '{reason}',
  'cert.ca-unreadable.fix': 'Point trustedCaFiles at the CA certificate files (PEM or DER .cer), relative to the project file, or remove the entry.',
  'cert.reason.read-missing': 'Cannot read {file} ({field}): it does not exist.',
  'cert.reason.read-denied': 'Cannot read {file} ({field}): permission denied.',
  'cert.reason.read-folder': 'Cannot read {file} ({field}): it is a folder.',
  'cert.reason.read-failed': 'Cannot read {file} ({field}): {error}.',
  'cert.reason.no-certificate': 'The server presented no certificate.',

  // Validity.
  'cert.not-yet-valid.detail.tls': "The {what} is valid only from {notBefore}; until then it cannot be used. Check the clock of this machine and the servers' too.",
  'cert.not-yet-valid.detail.signing':
    "The {what} is valid only from {notBefore}; until then it cannot be used to sign tokens. Check the clock of this machine and the servers' too.",
  'cert.not-yet-valid.fix.oauth-issuer': 'Stage it to take effect after {notBefore} with {command}, or use a certificate that is valid now.',
  'cert.not-yet-valid.fix': 'Use a certificate that is valid now.',
  'cert.expired.detail.tls': 'The {what} expired on {notAfter} ({days} day(s) ago). Clients refuse the connection.',
  'cert.expired.detail.signing': 'The {what} expired on {notAfter} ({days} day(s) ago). Tokens it signs are refused, so server-to-server authentication fails.',
  'cert.expires-soon.detail':
    'The {what} expires on {notAfter}: {days} day(s) left (an error under {errorDays} days, a warning under {warningDays}, as Exchange HealthChecker counts).',

  // Key and signature.
  'cert.key-too-small.detail': 'The {what} has a {bits}-bit RSA key; at least {minimum} bits are required.',
  'cert.key-too-small.detail.oauth-issuer':
    'The {what} has a {bits}-bit RSA key; at least {minimum} bits are required (Skype for Business documentation; Lync 2013 tables allow 1024 but warn).',
  'cert.key-too-small.fix': 'Request a certificate with a key of {minimum} bits or more. {replacement}',
  'cert.weak-signature.detail.broken': 'Signed with a weak hash: {listed}. MD5/MD2 signatures are forgeable.',
  'cert.weak-signature.detail.deprecated': 'Signed with a weak hash: {listed}. SHA-1 signatures are deprecated; Exchange HealthChecker flags them.',
  'cert.weak-signature.listed.leaf': 'the certificate ({algorithm})',
  'cert.weak-signature.listed.leaf-and-issuers': 'the certificate ({algorithm}), {issuers}',
  'cert.weak-signature.fix': 'Request a certificate signed with SHA-256. {replacement}',

  // What the file holds, and the names.
  'cert.no-private-key.detail.pfx':
    'The PFX holds the certificate but not its private key; Import-CsCertificate needs the key, and every Front End signs tokens with it.',
  'cert.no-private-key.detail.certificate-only': 'Only the certificate is here: enough to check it, not to import it.',
  'cert.subject-missing-sip-domain.detail.under-domain':
    "The certificate names {names} but not the SIP domain {sipDomain} itself. Lync 2013's certificate tables accept a server FQDN; the Skype for Business documentation asks for the SIP domain in the subject.",
  'cert.subject-missing-sip-domain.detail':
    'Neither the subject nor the SANs name the SIP domain {sipDomain} (found: {names}). The OAuthTokenIssuer certificate must include the SIP domain in its subject.',
  'cert.subject-missing-sip-domain.detail.no-names':
    'Neither the subject nor the SANs name the SIP domain {sipDomain} (found: no names). The OAuthTokenIssuer certificate must include the SIP domain in its subject.',
  'cert.subject-missing-sip-domain.fix': 'Request a certificate with CN={sipDomain} (additional SIP domains as SANs), then assign it. {current}',
  'cert.self-signed.detail.exchange-auth':
    "As expected: Exchange Setup creates the Auth certificate self-signed, and partners trust it through Exchange's metadata document, not through a CA.",
  'cert.self-signed.detail.oauth-issuer':
    "Exchange takes the key from Lync's metadata document, so no CA is involved in token signing; Microsoft's tables describe an OAuthTokenIssuer certificate from an internal or public CA.",
  'cert.self-signed.detail.tls': 'The endpoint presents a self-signed certificate: every server that connects must trust this very certificate.',
  'cert.hostname-mismatch.detail': 'The certificate does not name {host}. Clients refuse the connection.',
  'cert.hostname-mismatch.detail.names': 'The certificate does not name {host}; it names {names}. Clients refuse the connection.',
  'cert.hostname-mismatch.detail.no-names': 'The certificate does not name {host}; it names nothing. Clients refuse the connection.',
  'cert.untrusted-chain.detail': 'The chain does not lead to a trusted root: {reason}.',
  'cert.no-server-auth.detail': "The certificate's extended key usages ({usages}) do not include Server Authentication, so TLS clients refuse it.",

  // Why a chain is not trusted (verify-chain.ts, tls-probe.ts); a clause that follows a colon.
  'cert.chain.root-outside-validity': 'the trusted root {name} is outside its validity period',
  'cert.chain.unverifiable-signature': 'the signature on {name} uses an algorithm this tool cannot verify',
  'cert.chain.ec-root': 'its issuer {issuer} is a trusted root with an EC key, which this tool cannot verify',
  'cert.chain.self-signed': '{name} is self-signed and not in the trust store',
  'cert.chain.unknown-issuer': 'nothing trusted issued {name}: its issuer {issuer} is neither a trusted root nor in the file',
  'cert.chain.issuer-outside-validity': 'the issuing certificate {name} is outside its validity period ({notBefore} to {notAfter})',
  'cert.chain.too-long': 'the chain is longer than 10 certificates',
  'cert.chain.node-refused': 'Node refused it: {reason}',

  // The fixes that put a certificate in place, per role (cert-fixes.ts).
  'cert.fix.oauth-issuer.replace-now':
    'Get a new certificate (RSA, 2048 bits or more, the SIP domain in the subject, exportable private key) and assign it on one Front End, in the Lync Server Management Shell: {importCommand} (or, when the certificate is already in the computer store: {setCommand}). Replication deploys it to every Front End. {refresh}',
  'cert.fix.oauth-issuer.roll':
    'Stage a new certificate (RSA, 2048 bits or more, the SIP domain in the subject, exportable private key) so that it takes effect at least 24 hours before {notAfter}: {rollCommand} (or {importRollCommand}). Once it is in effect: {removePreviousCommand}. {refresh}',
  'cert.fix.oauth-issuer.import-with-key':
    "Export the certificate again with its private key (Certificate Export Wizard: 'Yes, export the private key', .pfx), then assign it on one Front End: {importCommand}",
  'cert.fix.oauth-issuer.assign-existing':
    "A .cer is enough to check the certificate. To assign it, import the .pfx with its private key ({importCommand}), or, when it is already in the Front End's computer store: {setCommand}",
  'cert.fix.oauth-issuer.current': 'See what is assigned now: {command}',
  'cert.fix.oauth-issuer.refresh-on-exchange': "Then, in the Exchange Management Shell, make Exchange read Lync's new key: {command}",
  'cert.fix.exchange-auth.replace-now':
    "In the Exchange Management Shell: {commands}; then {restartCommand} and iisreset (or restart the MSExchangeOWAAppPool and MSExchangeECPAppPool application pools). Publishing can take an hour; in a hybrid organisation run the Hybrid Configuration Wizard again. {lyncRereads}. CSS-Exchange's {monitorCommand} does the same.",
  'cert.fix.exchange-auth.stage-next':
    "In the Exchange Management Shell, stage the next certificate at least 48 hours ahead: {commands}. Exchange switches to it on that date; afterwards clear the old one: {clearCommand}. {lyncRereads}. CSS-Exchange's {monitorCommand} renews when fewer than 60 days are left.",
  'cert.fix.exchange-auth.current': 'See the certificate in use: {command}',
  'cert.fix.exchange-auth.lync-rereads': "Then, in the Lync Server Management Shell, re-bind Exchange's metadata so Lync takes the new key: {command}",
  'cert.fix.tls.renew':
    "Renew the certificate that {host} presents on port 443 and bind the new one: on Lync/SfB the Front End's web services certificate (Deployment Wizard, Request, Install or Assign Certificates); on Exchange the certificate bound to IIS: {command}",
  'cert.fix.tls.hostname':
    'Reissue the certificate with {host} in its subject alternative names, or use a name the certificate holds in the project. Exchange downloads {lyncUrl} and Lync downloads {exchangeUrl}: each host must be named by the certificate served there.',
  'cert.fix.tls.trust':
    "Make the servers that connect here trust the issuing root (Exchange servers for the pool's certificate, Front Ends for Autodiscover's): import it into the computer's Trusted Root Certification Authorities store. For this tool, add the CA file to the project (Certificates step, or trustedCaFiles; --ca on the command line). Avoid -TrustAnySSLCertificate: Microsoft does not recommend it in production.",
  'cert.fix.tls.server-auth': 'Reissue the certificate with the Server Authentication extended key usage ({oid}).',
} as const satisfies Record<string, string>;
