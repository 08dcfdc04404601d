/**
 * Files dropped on the Metadata and Verify steps, through the real dispatch and handlers: checked exactly as the
 * same file picked in a dialog would be, refused by their size over the same limits, never recorded by path.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProject } from '../../../../tests/helpers/example-project.js';
import { bytesOf, lyncDocument } from '../../../../tests/helpers/metadata-documents.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';
import { makeCertificate } from '../../../../tests/helpers/test-pki.js';
import type { DroppedFile } from '../../../shared/channels/dropped-file.js';

const fixtures = new URL('../../../../tests/fixtures/', import.meta.url).pathname;
const project = exampleProject();

let dir: string;
let backend: RealBackend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-dropped-'));
  backend = createRealBackend(dir, () => new Date('2026-11-26T09:00:00Z'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const dropped = (name: string, bytes: Uint8Array, size = bytes.length): DroppedFile => ({ name, size, base64: Buffer.from(bytes).toString('base64') });
const fixture = async (path: string) => new Uint8Array(await readFile(join(fixtures, path)));

describe('metadata:drop', () => {
  it('checks a dropped document like a file, keeps its text for saving, and names it as dropped', async () => {
    const oauth = makeCertificate({ commonName: 'litwareinc.com' });
    const bytes = bytesOf(lyncDocument('fabrikam.com', [oauth]));
    const report = await backend.api.dropMetadata('lync', project, dropped('lync-metadata (1).json', bytes));
    expect(report).toMatchObject({ ok: true, value: { role: 'lync', source: { kind: 'file', file: 'lync-metadata (1).json', dropped: true }, tls: null, text: Buffer.from(bytes).toString('utf8') } });
    expect(report.ok && report.value.findings.map((f) => [f.id, f.subject])).toContainEqual(['metadata.realm-mismatch', 'lync-metadata (1).json']);
  });

  it('refuses a document over 1 MiB by its size, with the finding a file on disk gets', async () => {
    const start = new TextEncoder().encode(`{"keys":[${' '.repeat(1024 * 1024)}`).subarray(0, 1024 * 1024 + 1);
    const report = await backend.api.dropMetadata('exchange', project, dropped('huge.json', start, 5_000_000));
    expect(report).toMatchObject({ ok: true, value: { document: null, text: null, findings: [{ id: 'metadata.too-large', severity: 'error', subject: 'huge.json' }] } });
  });

  it('refuses more than the first 1 MiB + 1 byte at the IPC boundary, and a dropped file without a name', async () => {
    const tooMuch = dropped('huge.json', new Uint8Array(1024 * 1024 + 3));
    expect(await backend.dispatch('metadata:drop', ['lync', project, tooMuch])).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalid-arguments', message: 'metadata:drop: argument 2.base64 holds more than the first 1048577 bytes of a metadata document.' },
    });
    expect(await backend.dispatch('metadata:drop', ['lync', project, { ...dropped('x', new Uint8Array(1)), name: '' }])).toMatchObject({
      ok: false,
      error: { code: 'ipc.invalid-arguments', message: 'metadata:drop: argument 2.name must name the dropped file.' },
    });
  });
});

describe('state:drop', () => {
  it('checks a dropped state file of the side it holds, records no path, and keeps it for the report', async () => {
    const state = await backend.api.dropServerState(project, dropped('exchange-state.json', await fixture('state/exchange-wildcard-accepted-domain.json')));
    expect(state).toMatchObject({ ok: true, value: { side: 'exchange', file: 'exchange-state.json', projectPath: null, findings: [{ id: 'state.wildcard-accepted-domain' }] } });
    backend.dialogs.report = join(dir, 'report.html');
    await backend.api.saveReport('report-1', project, 'html');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('(state.wildcard-accepted-domain)');
  });

  it('reads the side from the file, and refuses a file that is not a state file, or over 4 MiB by its size, with the words a picked file gets', async () => {
    expect(await backend.api.dropServerState(project, dropped('state.json', await fixture('state/lync-healthy.json')))).toMatchObject({ ok: true, value: { side: 'lync', projectPath: null } });
    expect(await backend.api.dropServerState(project, dropped('notes.json', new TextEncoder().encode('{"hello":1}')))).toMatchObject({ ok: false, error: { subject: 'notes.json' } });
    expect(await backend.api.dropServerState(project, dropped('disk.vhdx', new Uint8Array(16), 40_000_000))).toMatchObject({
      ok: false,
      error: { code: 'state-file.too-large', message: 'disk.vhdx is 40000000 bytes; a state file is a few kilobytes. Is it the right file?', subject: 'disk.vhdx' },
    });
  });
});

describe('verify:drop-output', () => {
  it('diagnoses a dropped output file and remembers it as the last result', async () => {
    const result = await backend.api.dropTestOutput(project, dropped('03-verify-output.txt', await fixture('diagnose/diag.success/03-verify-output.txt')));
    expect(result).toMatchObject({ ok: true, value: { source: '03-verify-output.txt', diagnosis: { findings: [{ id: 'diag.success' }], input: { encoding: 'utf-8 with BOM' } } } });
    expect(await backend.api.lastTestResult()).toMatchObject({ ok: true, value: { source: '03-verify-output.txt' } });
  });

  it('refuses a file over 16 MiB by its size', async () => {
    expect(await backend.api.dropTestOutput(project, dropped('memory.dmp', new Uint8Array(8), 20_000_000))).toMatchObject({
      ok: false,
      error: { code: 'verify.too-large', message: 'memory.dmp is 20000000 bytes; the output of the test is a few kilobytes. Is it the right file (03-verify-output.txt)?' },
    });
  });
});
