/** Finding ids raised by the diagnosis of pasted or imported cmdlet output (diagnose.ts, causes.ts). */
export const diagnoseFindings = {
  'diag.success': 'The mailbox-write test succeeded',
  'diag.wildcard-accepted-domain': "Exchange cannot match Lync's realm to an accepted domain (wildcard accepted domain)",
  'diag.oauth-401': "Exchange refused Lync's OAuth token (401 Unauthorized)",
  'diag.access-denied': 'The account running the test may not use the Storage Service (Access Denied)',
  'diag.autodiscover-failed': "The Storage Service could not find the user's mailbox through Autodiscover",
  'diag.empty-response': "Exchange's answer was empty (error 574)",
  'diag.metadata-download-failed': "Lync could not download Exchange's metadata document",
  'diag.no-mailbox': 'The test user has no mailbox the test can write to',
  'diag.unknown': 's2s-wizard does not recognise this output',
} as const satisfies Record<string, string>;
