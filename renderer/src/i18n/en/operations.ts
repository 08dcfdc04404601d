/**
 * Work main does for the steps (progress, cancel, failure), files dropped on the steps, "Show in folder" after an
 * export, and the findings' documentation links.
 */
export const operations = {
  'operation.cancel': 'Cancel',
  'operation.cancelled': 'Cancelled.',
  'operation.failed': 'Failed: {message}',
  'operation.readingCertificate': 'Reading the certificate file…',
  'operation.readingCa': 'Reading the CA file…',
  'operation.addingCa': 'Adding the CA file to the project…',
  'operation.readingMetadata': 'Reading the metadata document…',
  'operation.savingMetadata': 'Saving the document into the project folder…',
  'operation.exportingBundle': 'Writing the script bundle…',
  'operation.readingOutput': 'Reading the output of the test…',
  'operation.readingState': 'Reading the state file…',
  'operation.savingReport': 'Saving the evidence report…',

  'drop.metadata.zone': 'Drop zone for the {side} metadata document',
  'drop.metadata.hint': 'Or drop a saved metadata document (.json) here.',
  'drop.metadata.source': 'Read from the dropped file {file}; its location is not recorded in the project. Save it into the project folder to record it.',
  'drop.output.zone': 'Drop zone for the output of the test',
  'drop.output.hint': 'Or drop the output file here.',
  'drop.state.zone': 'Drop zone for state files',
  'drop.state.hint': 'Or drop a state file here: the file itself says whether it is the Exchange or the Lync state.',
  'drop.state.notRecorded': 'Dropped file: checked, but its location is not recorded in the project. Use the import button to record it.',

  // The Next step shows both at once: each says what it shows.
  'files.showInFolder.bundle': 'Show bundle in folder',
  'files.showInFolder.report': 'Show report in folder',

  'docs.link': 'Microsoft documentation',
  'docs.linkName': 'Microsoft documentation: {page}',
  'docs.linkTitle': 'Opens “{page}” in your browser: {url}',
  'docs.linkTitle.github': 'Opens “{page}” in your browser, from Microsoft’s documentation source on GitHub as of the version this tool was checked against: {url}',
  // The pages' own titles (a cmdlet page is titled by its cmdlet); GitHub pages are the files Microsoft publishes them from.
  'docs.source.EX-Maintain': 'Maintain the Exchange Server OAuth certificate',
  'docs.source.Lync13-CertSummary': 'Lync Server 2013 certificate summary (single Director)',
  'docs.source.MS-XOAUTH-3256': '[MS-XOAUTH] 3.2.5.6: how Exchange validates a server-to-server token',
  'docs.source.MS-XOAUTH-ex': '[MS-XOAUTH]: an example of the actor token',
  'docs.source.SfB-Issue702': 'Skype for Business documentation issue 702: error 574 from Test-CsExStorageConnectivity',
  'docs.source.SfB-ConfigPA': 'Configure partner applications in Skype for Business Server and Exchange Server',
  'docs.source.SfB-Plan': 'Plan to integrate Skype for Business and Exchange',
  'docs.source.SfB-AssignCert': 'Assign a server-to-server authentication certificate to Skype for Business Server',
  'docs.source.SfB-OnPremPA': 'Configure an on-premises partner application for Skype for Business Server',
  'docs.source.SfB-S2S': 'Manage server-to-server authentication (OAuth) and partner applications in Skype for Business Server',
  'docs.source.SfB-Stage': 'Stage AV and OAuth certificates in Skype for Business Server using -Roll in Set-CsCertificate',
  'docs.source.PS-TestExStor': 'Test-CsExStorageConnectivity (Skype for Business Server cmdlet reference)',
  'docs.source.PS-DebugStor': 'Debug-CsStorageServiceFailures (Skype for Business Server cmdlet reference)',
  'docs.source.PS-NewPA': 'New-PartnerApplication (Exchange Server cmdlet reference)',
  'docs.source.PS-SetPA': 'Set-PartnerApplication (Exchange Server cmdlet reference)',
  'docs.source.PS-RemPA': 'Remove-PartnerApplication (Exchange Server cmdlet reference)',
  'docs.source.PS-SetWSVD': 'Set-WebServicesVirtualDirectory (Exchange Server cmdlet reference)',
  'docs.source.EX-Plan': 'Plan Exchange integration with SharePoint and Skype for Business',
  'docs.source.EX-ConfigOAuth': 'Configure OAuth authentication with SharePoint 2013 and Lync 2013 (Exchange Server)',
  'docs.source.SUP-OWA': "Can't sign in to Outlook on the web or EAC if the Exchange Server OAuth certificate is expired",
  'docs.source.SUP-Wildcard': 'Skype for Business and Exchange integration fails if wildcards are used in accepted domains',
  'docs.source.CSS-HC-Cert': 'Certificate check (Exchange HealthChecker, CSS-Exchange)',
};
