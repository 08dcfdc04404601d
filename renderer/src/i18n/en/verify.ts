/** The Verify step: the final test, its diagnosis, the imported server state, and the evidence report. */
export const verify = {
  'verify.intro':
    "The final test proves both directions of the trust: the Lync Storage Service signs in to Exchange with server-to-server OAuth and writes an item into the test user's Conversation History folder; with -DeleteItem it deletes the item again.",

  'verify.runHeading': 'Run the test',
  'verify.where':
    'Run it on a Front End server, in the Lync Server Management Shell (Skype for Business Server Management Shell), as a member of the local group RTC Local User Administrators (or of RTCUniversalUserAdmins); anyone else gets "Access Denied".',
  'verify.commandHeading.ConversationHistory': 'The test for {user}',
  'verify.commandHeading.Dumpster': 'The archiving run (the Recoverable Items folder)',
  'verify.dumpsterNote': 'The archiving run writes into the Recoverable Items (Dumpster) folder; it fails until the user is enabled for Exchange archiving.',
  'verify.keepNote': 'The project keeps the test item (no -DeleteItem): it stays in the Conversation History folder.',
  'verify.scriptNote': 'Or run 03-verify.ps1 from the script bundle: it runs the same test and writes the output to {file} beside the script.',
  'verify.copyCommand': 'Copy',
  'verify.copyCommandLabel': 'Copy the command: {command}',

  'verify.resultHeading': 'What the test answered',
  'verify.pasteLabel': 'Console output of the test',
  'verify.pasteHint': 'Paste everything the shell printed (with -Verbose if you ran it so); lines the console wrapped are joined.',
  'verify.diagnose': 'Diagnose',
  'verify.importOutput': 'Import output file…',
  'verify.importOutputHint': 'The output file of 03-verify.ps1, or a console output saved with > or Out-File.',
  'verify.readFrom': 'Read from {source} at {time}: {encoding}, {lines} line(s){width}.',
  'verify.pasted': 'the pasted text',
  'verify.width': ', wrapped at {width} columns',
  'verify.verdict.success': 'Passed: Lync wrote into the mailbox through the OAuth trust.',
  'verify.verdict.failed': 'The test failed. What the output means, and the fix:',
  'verify.verdict.unclear': 'Not conclusive. What the output shows:',
  'verify.evidence': 'Evidence: the lines of the output this rests on',
  'verify.evidenceLine': 'line {line}',

  'verify.stateHeading': 'Server state',
  'verify.stateIntro':
    "00-collect-exchange-state.ps1 and 00-collect-lync-state.ps1 (in the script bundle) read each side's configuration without changing it and write it as JSON. Import those files to check the Auth certificate, the partner applications, OAuth on the virtual directories, the accepted domains and the Autodiscover settings.",
  'verify.importState.exchange': 'Import Exchange state…',
  'verify.importState.lync': 'Import Lync state…',
  'verify.stateSide.exchange': 'Exchange',
  'verify.stateSide.lync': 'Lync',
  'verify.stateFile': '{side} state from {file}, collected on {server} at {time}.',
  'verify.stateClean': 'Nothing to fix in this state.',

  'verify.reportHeading': 'Evidence report',
  'verify.reportIntro':
    'One file to hand over: the project, the certificates, the metadata documents, the imported state, every finding with its fix, the test and its diagnosis, and the generated files with their SHA-256. It opens offline and prints on A4, one section per page.',
  'verify.saveHtml': 'Save report as HTML…',
  'verify.savePdf': 'Save report as PDF…',
  'verify.reportSaved': 'Report saved to {path}',
};
