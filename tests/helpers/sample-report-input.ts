/**
 * A full evidence-report input for the seed's example project, built from the real parts: the project's own
 * checks, two imported state files, the diagnosis of a corpus output, and certificate and metadata facts as
 * those areas hand them in.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { join } from 'node:path';
import { diagnoseContextOf } from '../../electron/core/diagnose/diagnose-context.js';
import { diagnoseText } from '../../electron/core/diagnose/diagnose.js';
import { testCommands } from '../../electron/core/diagnose/test-commands.js';
import { resolveEndpoints } from '../../electron/core/model/defaults.js';
import { validateProject } from '../../electron/core/model/validate-project.js';
import type { ReportInput } from '../../electron/core/report/report-input.js';
import { importStateFile } from '../../electron/core/state/import-state.js';
import { exampleProject } from './example-project.js';

const fixtures = new URL('../fixtures/', import.meta.url).pathname;
const now = new Date('2026-11-26T09:00:00Z');

export async function sampleReportInput(outputFile = 'diag.wildcard-accepted-domain/verbose.txt'): Promise<ReportInput> {
  const project = exampleProject({ testUserSipUri: 'sip:kenmyer@fabrikam.com' });
  const values = diagnoseContextOf(project);
  const exchange = await importStateFile(fs, join(fixtures, 'state/exchange-auth-certificate-expired.json'), 'exchange-state.json', 'exchange', values, now);
  const lync = await importStateFile(fs, join(fixtures, 'state/lync-autodiscover-url-xml.json'), 'lync-state.json', 'lync', values, now);
  if (!exchange.ok || !lync.ok) throw new Error('the state fixtures must import');
  const output = await fs.readFile(join(fixtures, 'diagnose', outputFile), 'utf8');
  const commands = testCommands(project);
  const bundle = ['00-collect-exchange-state.ps1', '01-exchange-trust-lync.ps1', '02-lync-trust-exchange.ps1', '03-verify.ps1'];
  return {
    tool: { name: 's2s-wizard', version: '0.1.0' },
    generatedAt: '2026-11-26T09:30:00.000Z',
    project: { file: 'C:\\Projects\\litwareinc.s2s.json', values: project, resolved: resolveEndpoints(project) },
    certificates: [
      {
        role: 'Lync OAuthTokenIssuer',
        source: 'oauth-issuer.pfx',
        subject: 'CN=litwareinc.com, O=Litware Inc.',
        issuer: 'CN=Litware Issuing CA 01, DC=litwareinc, DC=com',
        subjectAlternativeNames: ['litwareinc.com', 'atl-cs-001.litwareinc.com'],
        notBefore: '2025-06-02T00:00:00.000Z',
        notAfter: '2027-06-02T23:59:59.000Z',
        keyBits: 2048,
        signatureAlgorithm: 'sha256WithRSAEncryption',
        thumbprint: '3E1A9C5B7D2F4068A1B3C5D7E9F1A3B5C7D9E1F3',
        sha256Fingerprint: '5F0C2E61A9B84D7735C1E0F2A4B6C8D0E2F4A6B8C0D2E4F6A8B0C2D4E6F8A0B2',
        x5t: 'PhqcW30vQGihs8XX6fGjtcfZ4fM',
      },
    ],
    metadata: [
      {
        side: 'exchange',
        source: 'https://autodiscover.litwareinc.com/autodiscover/metadata/json/1',
        retrievedAt: '2026-11-26T09:05:12.000Z',
        serviceName: '00000002-0000-0ff1-ce00-000000000000',
        issuer: '00000002-0000-0ff1-ce00-000000000000@*',
        realm: '*',
        keys: [{ thumbprint: '92E196F3C8D3D753FCFC5B7690C3173AA1C0ABE3', x5t: 'kuGW88jT11P8_Ft2kMMXOqHAq-M', notAfter: '2026-09-01T07:12:44.000Z' }],
      },
    ],
    state: [exchange.value, lync.value].map(({ side, file, server, collectedAt }) => ({ side, file, server, collectedAt })),
    findings: [
      { area: 'Project', findings: validateProject(project) },
      { area: 'Imported server state', findings: [...exchange.value.findings, ...lync.value.findings] },
    ],
    files: bundle.map((path) => ({ path, bytes: path.length * 100, sha256: createHash('sha256').update(path).digest('hex') })),
    test: {
      commands: commands.ok ? commands.value.map((c) => c.command) : [],
      source: '03-verify-output.txt',
      receivedAt: '2026-11-26T09:20:00.000Z',
      diagnosis: diagnoseText(output, values),
      output,
    },
    times: [
      { label: 'Exchange state collected', at: exchange.value.collectedAt },
      { label: 'Test output imported', at: '2026-11-26T09:20:00.000Z' },
    ],
  };
}
