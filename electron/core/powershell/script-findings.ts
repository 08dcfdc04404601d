/** Finding ids raised when a script bundle is generated (bundle.ts), with their titles, and the English of their messages. */
export const scriptFindings = {
  'script.trust-any-certificate': 'Exchange is told to accept any TLS certificate from the Lync pool',
} as const satisfies Record<string, string>;

export const scriptFindingMessages = {
  'script.trust-any-certificate.warning':
    "The project asks Exchange to accept ANY TLS certificate from the Lync pool when it downloads the metadata ({option}). Microsoft does not recommend this in production: anyone who can answer for the pool name could then hand Exchange a key. Trust the pool certificate's issuing CA on every Exchange server instead, and turn the option off.",
  'script.trust-any-certificate.detail': '{script} passes {option} to {configureScript}. {warning}',
  'script.trust-any-certificate.fix':
    "Import the issuing CA of the pool's web certificate into the Trusted Root Certification Authorities store of every Exchange server, then turn the option off and generate the bundle again.",
} as const satisfies Record<string, string>;
