/** The Next step: the optional follow-on features, the rollback, and the export of the bundle and the report. */
export const next = {
  'next.intro':
    'The hand-over in one place: the optional features that build on the trust, the rollback, and the export of the script bundle and the evidence report for the admins who run the scripts.',
  'next.generating': 'Writing the script…',

  'next.features.heading': 'Optional features',
  'next.features.intro':
    'Both need server-to-server authentication in place: run their scripts only after 03-verify.ps1 has passed. A switch that is on adds a script for the Lync admin (Lync Server Management Shell on a Front End server) and its rollback script to the bundle; the choice is saved with the project.',
  'next.term.does': 'What it does',
  'next.term.needs': 'What it needs',
  'next.term.mind': 'Keep in mind',

  'next.archiving.label': 'Archive IM transcripts into Exchange',
  'next.archiving.does':
    "Lync archives IM conversations into each user's Exchange mailbox (the hidden Purges folder of Recoverable Items). 04-enable-archiving.ps1 turns on archiving into Exchange in the global archiving configuration and policy; 03-verify.ps1 then also tests that folder (-Folder Dumpster).",
  'next.archiving.needs':
    'Exchange 2013 or later mailboxes, and server-to-server authentication first. On Exchange, the Lync application account needs the ArchiveApplication role, which Configure-EnterprisePartnerApplication.ps1 (run by 01-exchange-trust-lync.ps1) assigns.',
  'next.archiving.mind':
    'It applies to every user the global archiving policy governs; users homed in the same forest as Exchange are governed by Exchange In-Place Hold instead. Agree it with whoever owns retention.',

  'next.unifiedContactStore.label': 'Unified contact store',
  'next.unifiedContactStore.does':
    "Keeps users' Lync contacts in their Exchange mailbox instead of on the Lync server. With server-to-server authentication in place, the global user services policy decides (UcsAllowed): if it allows the store, 05-enable-unified-contact-store.ps1 changes nothing; otherwise it grants the test user alone a policy that does (AllowUnifiedContactStore), as a pilot.",
  'next.unifiedContactStore.needs':
    "Exchange 2013 or later mailboxes, and server-to-server authentication first. A user's contacts move at their next sign-in, which may take 10 minutes or more.",
  'next.unifiedContactStore.mind':
    "Moving its users to Skype for Business Online or Exchange Online later takes extra work, so some admins avoid it (community advice, not Microsoft's). Microsoft's documentation contradicts itself on the default: check the global policy with Get-CsUserServicesPolicy first.",

  'next.rollback.heading': 'Rollback',
  'next.rollback.warning':
    'Warning: these scripts undo the setup. Once undo-02 and undo-01 have run, Lync and Exchange no longer trust each other, and what needs server-to-server authentication (archiving into Exchange, the unified contact store) stops working for every user.',
  'next.rollback.order':
    'Run them in this order, the reverse of the forward scripts (the features first, while the trust they need is still there), each first with -WhatIf, from the folder where the forward scripts ran: each reads the *.changes.json its forward script wrote there (undo-01 and undo-02 fall back to exchange-state.json and lync-state.json, taken before). Each asks before every removal.',
  'next.rollback.notUndone':
    'Not undone: the refresh of an existing partner application (it only re-read the metadata), and test items that 03-verify.ps1 kept in the test user’s mailbox.',
  'next.rollback.who.exchange': 'Exchange admin, Exchange Management Shell',
  'next.rollback.who.lync': 'Lync admin, Lync Server Management Shell',
  'next.rollback.show': 'Show the script {file}',
  'next.rollback.undo01':
    'Removes the Lync partner application that 01-exchange-trust-lync.ps1 created and, if that run created them, the LyncEnterprise-ApplicationAccount mail user and its role assignments; then restarts IIS on each Exchange server.',
  'next.rollback.undo02':
    "Removes the partner application 'Exchange' if 02-lync-trust-exchange.ps1 created it, or gives it back its earlier metadata URL and trust level; restores ExchangeAutodiscoverUrl and Realm of the global OAuth configuration.",
  'next.rollback.undo04': 'Gives the global archiving configuration and policy back the values 04-enable-archiving.ps1 recorded before changing them.',
  'next.rollback.undo05':
    'Gives the test user back its earlier user services policy, moves its contacts back from Exchange (Invoke-CsUcsRollback) and removes the policy that 05-enable-unified-contact-store.ps1 created.',
};
