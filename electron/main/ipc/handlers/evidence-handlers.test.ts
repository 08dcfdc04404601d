/**
 * The Verify step's and the report's channels through the real dispatch and handlers, on the real file system;
 * only the native dialogs answer what the test says. The PDF is printed by the real Chromium.
 */
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleProject } from '../../../../tests/helpers/example-project.js';
import { bytesOf, lyncDocument, thumbprintOf } from '../../../../tests/helpers/metadata-documents.js';
import { makeCertificate } from '../../../../tests/helpers/test-pki.js';
import { pdfPageTexts } from '../../../../tests/helpers/pdf-text.js';
import { createRealBackend, type RealBackend } from '../../../../tests/helpers/real-backend.js';

const fixtures = new URL('../../../../tests/fixtures/', import.meta.url).pathname;
const project = exampleProject();

let dir: string;
let backend: RealBackend;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 's2s-evidence-'));
  backend = createRealBackend(dir, () => new Date('2026-11-26T09:00:00Z'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function saveProject(name = 'litwareinc.s2s.json') {
  backend.dialogs.save = join(dir, name);
  const saved = await backend.api.saveProject(project, 'save-as');
  if (!saved.ok) throw new Error(saved.error.message);
}

describe('verify channels', () => {
  it('verify:plan gives the test command and the output file of 03-verify.ps1; without a test user it names the field', async () => {
    expect(await backend.api.verifyPlan(project)).toEqual({
      ok: true,
      value: { commands: [{ folder: 'ConversationHistory', command: "Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose" }], outputFile: '03-verify-output.txt' },
    });
    const none = await backend.api.verifyPlan({ ...project, testUserSipUri: '' });
    expect(none).toMatchObject({ ok: false, error: { code: 'verify.no-test-user', subject: 'testUserSipUri' } });
  });

  it('diagnoses pasted text and an imported UTF-16LE file; a cancelled dialog is null; a huge paste is refused by the argument schema', async () => {
    const pasted = await backend.api.diagnosePastedOutput(project, await readFile(join(fixtures, 'diagnose/diag.empty-response/no-verbose.txt'), 'utf8'));
    expect(pasted.ok && pasted.value).toMatchObject({ source: 'pasted', receivedAt: '2026-11-26T09:00:00.000Z', diagnosis: { findings: [{ id: 'diag.empty-response' }] } });
    expect(await backend.api.importTestOutput(project)).toEqual({ ok: true, value: null });
    expect(await backend.api.lastTestResult()).toEqual(pasted);
    backend.dialogs.testOutput = join(fixtures, 'diagnose/diag.oauth-401/no-verbose-80-columns-utf16le.txt');
    const imported = await backend.api.importTestOutput(project);
    expect(imported.ok && imported.value).toMatchObject({ source: 'no-verbose-80-columns-utf16le.txt', diagnosis: { input: { encoding: 'utf-16le with BOM', consoleWidth: 80 } } });
    expect(imported.ok && imported.value?.diagnosis.findings[0]?.fix).toContain("iisreset 'atl-exchange-001.litwareinc.com'");
    const huge = await backend.api.diagnosePastedOutput(project, 'x'.repeat(4_000_001));
    expect(huge).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
  });

  it('a missing output file is an error naming it', async () => {
    backend.dialogs.testOutput = join(dir, 'gone.txt');
    expect(await backend.api.importTestOutput(project)).toMatchObject({ ok: false, error: { code: 'verify.unreadable', message: expect.stringContaining('gone.txt: it does not exist') } });
  });
});

describe('state channels', () => {
  it('state:import records the file relative to the saved project, checks it, and gives the thumbprints of both sides', async () => {
    await saveProject();
    await copyFile(join(fixtures, 'state/exchange-auth-certificate-next-staged.json'), join(dir, 'exchange-state.json'));
    await copyFile(join(fixtures, 'state/lync-autodiscover-url-xml.json'), join(dir, 'lync-state.json'));
    backend.dialogs.exchangeState = join(dir, 'exchange-state.json');
    backend.dialogs.lyncState = join(dir, 'lync-state.json');
    const exchange = await backend.api.importServerState(project, 'exchange');
    expect(exchange.ok && exchange.value).toMatchObject({ side: 'exchange', projectPath: 'exchange-state.json', findings: [{ id: 'state.auth-certificate-next-staged' }] });
    const lync = await backend.api.importServerState(project, 'lync');
    expect(lync.ok && lync.value?.thumbprints).toEqual({
      exchange: { current: '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3', next: '4C8F0A6E2B91D7354E0F6A2C8B1D93E7F5A40C21' },
      lync: ['3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3'],
    });
    const loaded = await backend.api.loadServerState({ ...project, exchangeStateFile: 'exchange-state.json', lyncStateFile: 'lync-state.json' });
    expect(loaded.ok && loaded.value.map((s) => s.findings.map((f) => f.id))).toEqual([['state.auth-certificate-next-staged'], ['state.autodiscover-url-xml']]);
  });

  it('state:import refuses the other side naming the file; state:load names the field when a relative path has no project file', async () => {
    backend.dialogs.exchangeState = join(fixtures, 'state/lync-healthy.json');
    const wrong = await backend.api.importServerState(project, 'exchange');
    expect(wrong).toMatchObject({ ok: false, error: { code: 'state-file.wrong-side' } });
    const unsaved = await backend.api.loadServerState({ ...project, lyncStateFile: 'lync-state.json' });
    expect(unsaved).toMatchObject({ ok: false, error: { code: 'project-path.unsaved', subject: 'lyncStateFile' } });
  });
});

describe('report:save', () => {
  it('saves the session as HTML: the project, the imported state, the test with its diagnosis; cancel writes nothing', async () => {
    await saveProject();
    backend.dialogs.exchangeState = join(fixtures, 'state/exchange-wildcard-accepted-domain.json');
    await backend.api.importServerState(project, 'exchange');
    backend.dialogs.testOutput = join(fixtures, 'diagnose/diag.wildcard-accepted-domain/verbose.txt');
    await backend.api.importTestOutput(project);
    expect(await backend.api.saveReport('report-1', project, 'html')).toEqual({ ok: true, value: null });
    backend.dialogs.report = join(dir, 'evidence');
    const saved = await backend.api.saveReport('report-1', project, 'html');
    expect(saved).toEqual({ ok: true, value: { path: join(dir, 'evidence.html') } });
    const html = await readFile(join(dir, 'evidence.html'), 'utf8');
    for (const text of ['(state.wildcard-accepted-domain)', '(diag.wildcard-accepted-domain)', join(dir, 'litwareinc.s2s.json'), 'Output', 'verbose.txt', 's2s-wizard test']) {
      expect(html).toContain(text);
    }
  });

  it("puts the project's certificate files and saved metadata documents into the report, their keys compared", async () => {
    const oauth = makeCertificate({ commonName: 'litwareinc.com' });
    const other = makeCertificate({ commonName: 'litwareinc.com' });
    await writeFile(join(dir, 'oauth.cer'), oauth.pem);
    await writeFile(join(dir, 'lync-metadata.json'), bytesOf(lyncDocument('litwareinc.com', [other])));
    const withFiles = { ...project, certificates: { oauthIssuer: 'oauth.cer', exchangeAuth: null }, lyncMetadataFile: 'lync-metadata.json' };
    await saveProject();
    backend.dialogs.report = join(dir, 'files.html');
    await backend.api.saveReport('report-1', withFiles, 'html');
    const html = await readFile(join(dir, 'files.html'), 'utf8');
    expect(html).toContain('Lync OAuthTokenIssuer');
    expect(html).toContain(thumbprintOf(oauth));
    expect(html).toContain(thumbprintOf(other));
    expect(html).toContain('(metadata.key-mismatch)');
  });

  it('saves it as PDF through the print edge (the real Chromium here), naming the findings', async () => {
    backend.dialogs.testOutput = join(fixtures, 'diagnose/diag.no-mailbox/verbose.txt');
    await backend.api.importTestOutput(project);
    backend.dialogs.report = join(dir, 'evidence.pdf');
    expect(await backend.api.saveReport('report-1', project, 'pdf')).toEqual({ ok: true, value: { path: join(dir, 'evidence.pdf') } });
    const pdf = await readFile(join(dir, 'evidence.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageTexts(pdf).join('').replace(/\s+/g, '')).toContain('(diag.no-mailbox)');
  });

  it('report:cancel while the PDF prints: the print is thrown away and nothing is written', async () => {
    const path = join(dir, 'cancelled.pdf');
    // The "user" names the file, and clicks Cancel a moment later, while Chromium prints.
    Object.defineProperty(backend.dialogs, 'report', {
      get: () => {
        setTimeout(() => void backend.api.cancelReport('report-2'), 100);
        return path;
      },
    });
    expect(await backend.api.saveReport('report-2', project, 'pdf')).toEqual({ ok: false, error: { code: 'report.cancelled', message: 'The report was not saved: cancelled before it was written.' } });
    await expect(readFile(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('report:cancel of a save that has ended, or never began, changes nothing', async () => {
    backend.dialogs.report = join(dir, 'kept.html');
    expect(await backend.api.saveReport('report-3', project, 'html')).toEqual({ ok: true, value: { path: join(dir, 'kept.html') } });
    expect(await backend.api.cancelReport('report-3')).toEqual({ ok: true, value: null });
    expect(await readFile(join(dir, 'kept.html'), 'utf8')).toContain('s2s-wizard');
    expect(await backend.dispatch('report:cancel', ['../x'])).toMatchObject({ ok: false, error: { code: 'ipc.invalid-arguments' } });
  });
});
