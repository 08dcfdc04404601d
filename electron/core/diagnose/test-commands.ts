/**
 * The final test for a project (domain.md §4.1, §7.1): Test-CsExStorageConnectivity for the test user, with
 * -Verbose so the output shows Exchange's HTTP answers, -DeleteItem unless the project keeps the test item, and
 * a second run against the Dumpster folder when Exchange archiving is chosen.
 */
import type { Project } from '../model/project.js';
import { parseSipUri } from '../model/values.js';
import { quotePs } from '../powershell/quote.js';
import { msg } from '../message-catalogue.js';
import { fail, ok, type Result } from '../result.js';

export interface TestCommand {
  folder: 'ConversationHistory' | 'Dumpster';
  command: string;
}

/** The command with the SIP URI already written as a PowerShell literal (or a quoted placeholder). */
export function testCommandWith(sipUriLiteral: string, folder: TestCommand['folder'], deleteItem: boolean): string {
  return [
    'Test-CsExStorageConnectivity',
    `-SipUri ${sipUriLiteral}`,
    ...(folder === 'Dumpster' ? ['-Folder Dumpster'] : []),
    ...(deleteItem ? ['-DeleteItem'] : []),
    '-Verbose',
  ].join(' ');
}

export function testCommandFor(sipUri: string, folder: TestCommand['folder'], deleteItem: boolean): string {
  return testCommandWith(quotePs(sipUri), folder, deleteItem);
}

export function testCommands(project: Project): Result<TestCommand[]> {
  const parsed = parseSipUri(project.testUserSipUri);
  if (!parsed.ok) {
    const reason = project.testUserSipUri === '' ? msg('error.verify.test-user-empty') : parsed.reasonMessage;
    return fail('verify.no-test-user', msg('error.verify.no-test-user', { field: 'testUserSipUri', reason }), 'testUserSipUri');
  }
  const deleteItem = project.options.deleteTestItem;
  const folders: TestCommand['folder'][] = project.options.archiving ? ['ConversationHistory', 'Dumpster'] : ['ConversationHistory'];
  return ok(folders.map((folder) => ({ folder, command: testCommandFor(project.testUserSipUri, folder, deleteItem) })));
}
