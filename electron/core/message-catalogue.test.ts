/**
 * The English message catalogue: how a message renders, that templates hold only prose (commands and other
 * verbatim text enter as values), and that every template is used by the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { english, errorMessages, findingMessages, msg, scriptTextMessages } from './message-catalogue.js';
import { placeholdersOf, renderMessage, type ValueFormats } from './messages.js';

const catalogue: Record<string, string> = { ...findingMessages, ...scriptTextMessages, ...errorMessages };

describe('renderMessage', () => {
  const formats: ValueFormats = { number: (n) => `#${n}`, day: (d) => `day:${d}`, instant: (i) => `at:${i}` };
  const templates = { outer: '{who} saw {count} on {when} at {time}: {items}.', inner: 'the {role} admin', or: ' or ' };

  it('fills text, numbers, dates, lists and nested messages, each the way the language writes it', () => {
    const message = {
      key: 'outer',
      params: {
        who: { key: 'inner', params: { role: 'Exchange' } },
        count: 3,
        when: { day: '2026-03-05' },
        time: { instant: '2026-03-05T14:07:09.000Z' },
        items: { list: ['A', { key: 'inner', params: { role: 'Lync' } }], separator: { key: 'or' } },
      },
    };
    expect(renderMessage(message, templates, formats)).toBe('the Exchange admin saw #3 on day:2026-03-05 at at:2026-03-05T14:07:09.000Z: A or the Lync admin.');
  });

  it('shows a key the catalogue lacks, and a placeholder without a value, instead of failing', () => {
    expect(renderMessage({ key: 'missing.key' }, templates, formats)).toBe('missing.key');
    expect(renderMessage({ key: 'inner' }, templates, formats)).toBe('the {role} admin');
    // A name the prototype has is no value.
    expect(renderMessage({ key: 'inner', params: {} }, { inner: '{toString}' }, formats)).toBe('{toString}');
  });

  it('writes English as core always has: numbers plainly, dates in their ISO form', () => {
    const message = msg('cert.expires-soon.detail', {
      what: msg('cert.role.tls'),
      notAfter: { instant: '2026-04-01T00:00:00.000Z' },
      days: 12345,
      errorDays: 30,
      warningDays: 60,
    });
    expect(english(message)).toBe(
      'The TLS certificate expires on 2026-04-01T00:00:00.000Z: 12345 day(s) left (an error under 30 days, a warning under 60, as Exchange HealthChecker counts).',
    );
  });

  it('checks the values against the template when compiling', () => {
    // @ts-expect-error the template has a {field} placeholder
    msg('project.required.detail');
    // @ts-expect-error {name} is not a placeholder of this template
    msg('project.required.detail', { name: 'sipDomain' });
    // @ts-expect-error this template has no placeholders
    msg('project.invalid-url.fix', { url: 'https://x' });
    expect(msg('project.invalid-url.fix')).toEqual({ key: 'project.invalid-url.fix' });
  });
});

describe('the English templates', () => {
  it('hold no braces but {name} placeholders, so commands (with their script blocks) can only be values', () => {
    const stray = Object.entries(catalogue).filter(([, template]) => /[{}]/.test(template.replace(/\{\w+\}/g, '')));
    expect(stray.map(([key]) => key)).toEqual([]);
  });

  it('are each used by the code (no template is left behind when a message changes)', () => {
    const electronDir = new URL('..', import.meta.url).pathname;
    // The catalogues themselves (their keys are what is looked for).
    const catalogueFiles = new Set(['project-findings.ts', 'cert-findings.ts', 'metadata-findings.ts', 'script-findings.ts', 'diagnose-findings.ts', 'state-findings.ts', 'script-texts.ts', 'error-messages.ts']);
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sources(path);
        return /\.ts$/.test(entry.name) && !/\.test(-d)?\.ts$/.test(entry.name) && !catalogueFiles.has(entry.name) ? [path] : [];
      });
    const text = sources(electronDir)
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    // Keys written out, and keys built in a template literal from a written prefix (`project.required.fix.${field}`).
    const literal = new Set([...text.matchAll(/'([a-z]+\.[a-z0-9.-]+)'/g)].map((match) => match[1]));
    const built = [...text.matchAll(/`([a-z]+\.[a-z0-9.-]*)\$\{[^}`]*\}`/g)].map((match) => match[1] ?? '');
    const used = (key: string) => literal.has(key) || built.some((prefix) => key.startsWith(prefix) && /^[\w-]+$/.test(key.slice(prefix.length)));
    expect(built).toContain('project.required.fix.');
    expect(used('project.fake-message.detail')).toBe(false);
    expect(Object.keys(catalogue).filter((key) => !used(key))).toEqual([]);
  });

  it('list their placeholders once each, sorted, for the comparison with other languages', () => {
    expect(placeholdersOf(catalogue['cert.fix.oauth-issuer.roll'] ?? '')).toEqual(['importRollCommand', 'notAfter', 'refresh', 'removePreviousCommand', 'rollCommand']);
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});
