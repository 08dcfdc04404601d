/**
 * The official parameter tables (tests/fixtures/reference, copied from the shared reference) and the check every
 * domain command of a generated script must pass: known to the table, parameter names written in full as the
 * table spells them, all of them within one parameter set, and never -HttpTimeout or -WebProxy.
 */
import { readFileSync } from 'node:fs';
import type { CommandCall } from './powershell-grammar.js';

const folder = new URL('../fixtures/reference/', import.meta.url);

interface ParameterSet {
  name: string;
  parameters: { name: string }[];
  commonParameters: boolean;
}

interface Reference {
  commonParameters: string[];
  cmdlets: Record<string, { parameterSets: ParameterSet[] }>;
  scripts: Record<string, { parameterSets: ParameterSet[] }>;
}

const reference = JSON.parse(readFileSync(new URL('cmdlets.json', folder), 'utf8')) as Reference;
const knownNames = JSON.parse(readFileSync(new URL('known-cmdlet-names.json', folder), 'utf8')) as { cmdlets: Record<string, string[]> };

const tabled = new Map(Object.entries({ ...reference.cmdlets, ...reference.scripts }).map(([name, entry]) => [name.toLowerCase(), { name, sets: entry.parameterSets }]));
const domainNames = new Set([...Object.values(knownNames.cmdlets).flat(), ...[...tabled.values()].map((t) => t.name)].map((n) => n.toLowerCase()));
/** WhatIf and Confirm exist only where a set lists them (cmdlets that support ShouldProcess). */
const common = new Set(reference.commonParameters.filter((p) => p !== 'WhatIf' && p !== 'Confirm'));

export function isDomainCommand(name: string): boolean {
  return domainNames.has(name.toLowerCase());
}

/** What is wrong with one call of a domain command, or null when it fits one parameter set of the official table. */
export function checkDomainCall(call: CommandCall): string | null {
  const entry = tabled.get(call.name.toLowerCase());
  const where = `line ${call.line}: ${call.name}`;
  if (!entry) return `${where} is a Lync/Exchange command that the parameter table does not list`;
  if (entry.name !== call.name) return `${where} is spelled ${entry.name} in the official reference`;
  for (const parameter of call.parameters) {
    if (/^(HttpTimeout|WebProxy)$/i.test(parameter)) return `${where} uses -${parameter}, which does not exist`;
  }
  const fits = entry.sets.some((set) => {
    const names = new Set(set.parameters.map((p) => p.name));
    return call.parameters.every((p) => names.has(p) || (set.commonParameters && common.has(p)));
  });
  return fits ? null : `${where} -${call.parameters.join(' -')} fits no parameter set (${entry.sets.map((s) => s.name).join(', ')}), or a name is abbreviated, an alias or wrongly cased`;
}
