/** The project's tlsPins and options.exchangeTrustConfigured (added with the Metadata step): defaults and refusals. */
import { readFileSync } from 'node:fs';
import { parseProject } from './project-file.js';

const example = JSON.parse(readFileSync(new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url), 'utf8'));
const parse = (changes: Record<string, unknown>) => parseProject(JSON.stringify({ ...example, ...changes }), 'p.s2s.json');

describe('tlsPins', () => {
  it('defaults to no pin and to the Exchange side not configured', () => {
    const parsed = parse({});
    expect(parsed.ok && parsed.value.tlsPins).toEqual({});
    expect(parsed.ok && parsed.value.options.exchangeTrustConfigured).toBe(false);
  });

  it('keeps a pin keyed by host:port, in hex with or without colons', () => {
    const pins = { 'autodiscover.litwareinc.com:443': 'ab'.repeat(32), 'atl-cs-001.litwareinc.com:4443': Array(32).fill('CD').join(':') };
    const parsed = parse({ tlsPins: pins });
    expect(parsed.ok && parsed.value.tlsPins).toEqual(pins);
  });

  it.each([
    [{ 'autodiscover.litwareinc.com': 'ab'.repeat(32) }, 'must be keyed by host:port'],
    [{ 'autodiscover.litwareinc.com:443': 'ab'.repeat(20) }, 'must be a SHA-256 fingerprint: 64 hexadecimal digits'],
    [['ab'], 'must be an object { "host:port": "<SHA-256 fingerprint>" }'],
  ])('refuses %j, naming the field', (tlsPins, message) => {
    const parsed = parse({ tlsPins });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.message).toContain('tlsPins');
    expect(!parsed.ok && parsed.error.message).toContain(message);
  });
});
