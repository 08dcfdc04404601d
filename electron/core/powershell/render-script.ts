/** Turns a script's blocks into its text: the header, then each block under a comment line saying what it does. */
import { english } from '../message-catalogue.js';
import type { BundleFile, GenerationContext, ScriptSpec } from './script-model.js';

const rule = `# ${'='.repeat(100)}`;

/** Comment text never holds a line break: one would end the comment and start code. */
function commentSafe(text: string): string {
  if (/[\p{Cc}\u2028\u2029\u0085]/u.test(text)) throw new Error(`A script comment would hold a control character: ${JSON.stringify(text)}`);
  return text;
}

/** Wraps prose into comment lines of at most `width` characters, each starting with `prefix`. */
function wrapComment(text: string, prefix: string, restPrefix = prefix, width = 116): string[] {
  const lines: string[] = [];
  let line = '';
  const current = () => (lines.length === 0 ? prefix : restPrefix);
  for (const word of commentSafe(text).split(' ')) {
    if (line !== '' && current().length + line.length + 1 + word.length > width) {
      lines.push(`${current()}${line}`);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(`${current()}${line}`);
  return lines;
}

export function headerFacts(spec: Pick<ScriptSpec, 'path' | 'title' | 'run' | 'changes' | 'undo'>, context: GenerationContext): Array<[string, string]> {
  return [
    ['Project', context.projectLabel],
    ['Generated', `${context.generatedAt.toISOString()} by s2s-wizard ${context.toolVersion}`],
    ['Run in', spec.run.shell],
    ['Run as', spec.run.who],
    ['Run on', spec.run.where],
    ['Changes', spec.changes],
    ['Undo', spec.undo === null ? 'nothing to undo' : `.\\${spec.undo.replaceAll('/', '\\')}`],
  ];
}

function psHeader(spec: ScriptSpec, context: GenerationContext): string[] {
  const name = spec.path.split('/').pop() as string;
  const lines = [rule, `# ${commentSafe(name)}: ${commentSafe(english(spec.title))}`, '#'];
  for (const [label, value] of headerFacts(spec, context)) {
    lines.push(...wrapComment(value, `# ${`${label}:`.padEnd(11)}`, `#${' '.repeat(12)}`));
  }
  lines.push(
    '#',
    '# Try it first with -WhatIf: it then changes nothing and says what it would do. No password or private key is',
    '# in this file. A transcript of each run is written beside the script.',
    rule,
  );
  return lines;
}

export function renderScript(spec: ScriptSpec, context: GenerationContext): BundleFile {
  const blocks = spec.blocks.map((block) => ({ summary: english(block.summary), summaryText: block.summary, code: block.code }));
  const parts = [psHeader(spec, context).join('\n')];
  for (const block of blocks) {
    parts.push([...wrapComment(block.summary, '# --- '), block.code.replace(/\s+$/, '')].join('\n'));
  }
  return { path: spec.path, title: english(spec.title), titleText: spec.title, kind: 'powershell', side: spec.run.side, text: `${parts.join('\n\n')}\n`, blocks };
}
