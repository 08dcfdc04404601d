/** The documentation channels through the real dispatch: the map from core, and only its pages opened. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { microsoftDocs } from '../../../core/finding-docs.js';
import { createDocsHandlers } from './docs-handlers.js';

let dir: string;
let backend: RealBackend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-docs-'));
  backend = createRealBackend(dir);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('documentation channels', () => {
  it('app:finding-docs answers each linked finding with its page', async () => {
    const docs = await backend.api.findingDocs();
    expect(docs).toMatchObject({ ok: true, value: { 'diag.empty-response': { source: 'SfB-Issue702', url: microsoftDocs['SfB-Issue702'] } } });
    expect(docs.ok && docs.value['project.required']).toBeUndefined();
  });

  it('app:open-docs hands a finding’s page to the system browser: Microsoft Learn, or a documentation file on GitHub', async () => {
    expect(await backend.api.openFindingDoc(microsoftDocs['EX-Maintain'])).toEqual({ ok: true, value: null });
    expect(await backend.api.openFindingDoc(microsoftDocs['SfB-AssignCert'])).toEqual({ ok: true, value: null });
    expect(backend.openedExternally).toEqual([microsoftDocs['EX-Maintain'], microsoftDocs['SfB-AssignCert']]);
  });

  it('app:finding-docs gives every linked page, and app:open-docs accepts each of them', async () => {
    const docs = await backend.api.findingDocs();
    if (!docs.ok) throw new Error(docs.error.message);
    const urls = [...new Set(Object.values(docs.value).map((doc) => doc.url))];
    expect(urls.sort()).toEqual([...new Set(Object.values(microsoftDocs))].sort());
    for (const url of urls) expect(await backend.api.openFindingDoc(url), url).toEqual({ ok: true, value: null });
    expect(backend.openedExternally).toEqual(urls);
  });

  it.each([
    ['another site', 'https://example.com/'],
    ['a Microsoft page no finding links to', 'https://learn.microsoft.com/en-us/'],
    ['a linked page over http', microsoftDocs['EX-Maintain'].replace('https:', 'http:')],
    ['a linked page with more after it', `${microsoftDocs['EX-Maintain']}?x=1`],
    ['a linked GitHub page at another commit', microsoftDocs['SfB-AssignCert'].replace('/blob/69362e3a/', '/blob/main/')],
    ['a linked GitHub page in a fork', microsoftDocs['PS-NewPA'].replace('github.com/MicrosoftDocs/', 'github.com/viralnaik77/')],
    ['a local file', 'file:///etc/passwd'],
    ['a command', 'ms-settings:'],
  ])('app:open-docs refuses %s and opens nothing', async (_what, url) => {
    const result = await backend.dispatch('app:open-docs', [url]);
    expect(result).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments', message: 'app:open-docs: argument 0 must be one of the Microsoft documentation pages a finding links to.' } });
    expect(backend.openedExternally).toEqual([]);
  });

  it('app:open-docs says so when the browser cannot be opened', async () => {
    const handlers = createDocsHandlers({ openExternal: () => Promise.reject(new Error('no default browser')) });
    expect(await handlers['app:open-docs'](microsoftDocs['SfB-Issue702'])).toMatchObject({
      ok: false,
      error: { code: 'docs.open-failed', message: `The browser could not be opened for ${microsoftDocs['SfB-Issue702']}: no default browser`, subject: microsoftDocs['SfB-Issue702'] },
    });
  });
});
