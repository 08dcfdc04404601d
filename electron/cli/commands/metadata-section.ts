/**
 * The metadata part of `s2s-wizard check`: both documents (fetched, or the saved files with --offline), their
 * keys against the project's certificates, and the Exchange trust probe, all at once. The trust store is the
 * runtime's roots plus the project's trustedCaFiles (an unreadable one is reported by the certificates section);
 * the pins are the project's tlsPins. PFX passwords come from the variables the certificates section reads. The
 * keys are also compared with the thumbprints each side signs with, from the project's state files (an unreadable
 * one is reported by the state section).
 */
import * as fs from 'node:fs/promises';
import { resolve } from 'node:path';
import * as tls from 'node:tls';
import { checkProjectMetadata } from '../../core/metadata/check-project-metadata.js';
import { serverThumbprints } from '../../core/metadata/server-thumbprints.js';
import { readMetadataFile } from '../../core/metadata/read-metadata-file.js';
import { runtimeRoots, type TlsRootsModule } from '../../core/net/runtime-roots.js';
import { buildTrustStore, readTrustedCaFiles } from '../../core/net/trust-store.js';
import { readComparedCertificate } from '../compared-certificates.js';
import { metadataJson } from '../format-metadata.js';
import { UsageError } from '../io.js';
import { networkEdges } from '../network-edges.js';
import { importProjectStates } from '../project-states.js';
import { passwordVariables } from './certificates-section.js';
import type { CheckSection } from './check-sections.js';

export const metadataSection: CheckSection = async ({ project, projectDir, now, offline, env, network }) => {
  const inProject = (path: string) => resolve(projectDir, path);
  const imported = await readTrustedCaFiles(project.trustedCaFiles, async (path) => new Uint8Array(await fs.readFile(inProject(path))));
  const store = buildTrustStore({ ...runtimeRoots(tls as unknown as TlsRootsModule), imported: imported.ok ? imported.value : [] });
  const certificate = (field: keyof typeof passwordVariables) => {
    const path = project.certificates[field];
    return path ? readComparedCertificate(inProject(path), path, env[passwordVariables[field]] ?? null) : Promise.resolve(null);
  };
  const [lyncCertificate, exchangeCertificate] = await Promise.all([certificate('oauthIssuer'), certificate('exchangeAuth')]);
  const states = await importProjectStates(project, projectDir, now);
  const checked = await checkProjectMetadata(
    { project, now, offline, ca: store.ca, certificates: { lync: lyncCertificate, exchange: exchangeCertificate }, inUse: serverThumbprints(states.ok ? states.value : {}) },
    { ...networkEdges(network), readDocument: (path) => readMetadataFile(fs, inProject(path), path) },
  );
  if (!checked.ok) throw new UsageError(`check: ${checked.error.message}`);
  const { lync, exchange, exchangeTrust, findings } = checked.value;
  return {
    findings,
    json: { metadata: { lync: lync && metadataJson(lync), exchange: exchange && metadataJson(exchange), exchangeTrust } },
  };
};
