/**
 * The fix commands of every diagnosis and every state finding, read by the real PowerShell grammar: they parse,
 * and each Lync/Exchange cmdlet they call uses parameters of the official reference, in full, within one
 * parameter set. Admins paste these into production shells.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { checkDomainCall, isDomainCommand } from '../../../tests/helpers/cmdlet-reference.js';
import { exampleProject } from '../../../tests/helpers/example-project.js';
import { parsePowerShell, type CommandCall } from '../../../tests/helpers/powershell-grammar.js';
import type { Finding } from '../findings.js';
import { importStateFile } from '../state/import-state.js';
import { diagnoseContextOf, noProjectContext } from './diagnose-context.js';
import { diagnoseBytes } from './diagnose.js';

const fixtures = new URL('../../../tests/fixtures/', import.meta.url).pathname;
/** The two accepted-domain cmdlets have no parameter-set table; their parameter names come from known-cmdlets.json. */
const acceptedDomainCmdlets = (JSON.parse(readFileSync(join(fixtures, 'reference/accepted-domain-cmdlets.json'), 'utf8')) as { cmdlets: Record<string, string[]> }).cmdlets;

function checkCall(call: CommandCall): string | null {
  const known = acceptedDomainCmdlets[call.name];
  if (!known) return checkDomainCall(call);
  const unknown = call.parameters.filter((p) => !known.includes(p));
  return unknown.length === 0 ? null : `line ${call.line}: ${call.name} has no parameter -${unknown.join(', -')}`;
}
const contexts = [noProjectContext, diagnoseContextOf(exampleProject())];

async function allFindings(): Promise<Finding[]> {
  const findings: Finding[] = [];
  const diagnoseDir = join(fixtures, 'diagnose');
  for (const folder of readdirSync(diagnoseDir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    for (const name of readdirSync(join(diagnoseDir, folder.name)).filter((n) => n.endsWith('.txt'))) {
      for (const context of contexts) {
        const diagnosis = diagnoseBytes(readFileSync(join(diagnoseDir, folder.name, name)), name, context);
        if (diagnosis.ok) findings.push(...diagnosis.value.findings);
      }
    }
  }
  for (const name of readdirSync(join(fixtures, 'state')).filter((n) => n.endsWith('.json'))) {
    for (const context of contexts) {
      const imported = await importStateFile(fs, join(fixtures, 'state', name), name, name.startsWith('lync') ? 'lync' : 'exchange', context, new Date('2026-11-26T09:00:00Z'));
      if (imported.ok) findings.push(...imported.value.findings);
    }
  }
  return findings;
}

describe('the fix commands of diag.* and state.* findings', () => {
  it('parse as PowerShell and call Lync/Exchange cmdlets only with official parameters', async () => {
    const findings = await allFindings();
    const withFix = findings.filter((f) => f.fix);
    expect(new Set(withFix.map((f) => f.id)).size).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    let domainCalls = 0;
    for (const finding of withFix) {
      const parsed = await parsePowerShell(finding.fix as string);
      problems.push(...parsed.problems.map((p) => `${finding.id}: ${p}`));
      for (const call of parsed.commands.filter((c) => isDomainCommand(c.name))) {
        domainCalls += 1;
        const problem = checkCall(call);
        if (problem) problems.push(`${finding.id}: ${problem}`);
      }
    }
    expect(problems).toEqual([]);
    expect(domainCalls).toBeGreaterThan(50);
  });
});
