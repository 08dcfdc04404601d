/**
 * The catalogue's promise (design.md §5): every id has exactly one place in the source that raises it and at
 * least one test that names it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingCatalogue, finding, sortFindings } from './findings.js';
import { msg } from './message-catalogue.js';

const electronDir = new URL('..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const files = sourceFiles(electronDir).map((path) => ({ path, text: readFileSync(path, 'utf8'), isTest: /\.test(-d)?\.tsx?$/.test(path) }));
const raises = (id: string) => new RegExp(`finding\\(\\s*'${id.replace(/[.-]/g, '\\$&')}'`, 'g');

describe('the finding catalogue', () => {
  it.each(Object.keys(findingCatalogue))('%s is raised in exactly one place and tested', (id) => {
    const places = files.filter((f) => !f.isTest).flatMap((f) => (f.text.match(raises(id)) ?? []).map(() => f.path));
    expect(places, `places raising ${id}`).toHaveLength(1);
    const named = new RegExp(`${id.replace(/[.-]/g, '\\$&')}(?![\\w-])`);
    expect(files.some((f) => f.isTest && named.test(f.text)), `a test naming ${id}`).toBe(true);
  });

  it('fills the title from the catalogue and sorts worst first', () => {
    const info = finding('project.invalid-url', 'info', { detail: msg('project.invalid-url.fix') });
    const error = finding('project.required', 'error', { detail: msg('project.required.detail', { field: 'sipDomain' }), subject: 'sipDomain' });
    expect(error.title).toBe(findingCatalogue['project.required']);
    expect(sortFindings([info, error]).map((f) => f.severity)).toEqual(['error', 'info']);
  });

  it('renders the detail and fix in English from their messages, and keeps the messages for the UI', () => {
    const detail = msg('project.sip-domain-mismatch.detail', { userDomain: 'fabrikam.com', sipDomain: 'litwareinc.com' });
    const fix = msg('project.sip-domain-mismatch.fix', { userDomain: 'fabrikam.com', sipDomain: 'litwareinc.com' });
    const made = finding('project.sip-domain-mismatch', 'warning', { subject: 'testUserSipUri', detail, fix });
    expect(made.detail).toBe(
      'The test user is in fabrikam.com, the SIP domain is litwareinc.com. This works only when fabrikam.com is another SIP domain of the same deployment and an accepted domain in Exchange.',
    );
    expect(made.fix).toBe('Check with Get-CsSipDomain that fabrikam.com is a SIP domain, or pick a test user in litwareinc.com.');
    expect(made.text).toEqual({ detail, fix });
    // Plain JSON, as it crosses IPC.
    expect(JSON.parse(JSON.stringify(made))).toEqual(made);
    expect('fix' in finding('project.required', 'error', { detail: msg('project.required.detail', { field: 'sipDomain' }) })).toBe(false);
  });
});
