/** Finding ids raised when a script bundle is generated (bundle.ts). */
export const scriptFindings = {
  'script.trust-any-certificate': 'Exchange is told to accept any TLS certificate from the Lync pool',
} as const satisfies Record<string, string>;
