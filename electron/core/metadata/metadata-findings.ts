/** Finding ids of the metadata documents (design.md §5) and of the live Exchange trust probe, with their titles. */
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
