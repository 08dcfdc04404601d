/** Finding ids raised by the project checks (validate-project.ts). */
export const projectFindings = {
  'project.required': 'A required value is missing',
  'project.invalid-fqdn': 'Not a valid fully qualified domain name',
  'project.invalid-sip-uri': 'Not a valid SIP URI',
  'project.sip-domain-mismatch': "The test user's SIP domain differs from the SIP domain",
  'project.invalid-url': 'Not a valid https URL',
  'project.autodiscover-url-path': 'The Exchange metadata URL has the wrong path',
  'project.invalid-path': 'Not a valid Windows folder path',
} as const satisfies Record<string, string>;
