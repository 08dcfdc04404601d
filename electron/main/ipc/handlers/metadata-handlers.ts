/**
 * Handlers of the Metadata step: thin glue to core. Main reads the project's paths only as the session grants
 * (session-paths.ts), writes only into the project's folder, compares the keys with the certificates the session holds and with the
 * thumbprints the server state imported in the Verify step says each side signs with, builds the trust
 * store from the runtime's roots and the project's trustedCaFiles, uses the project's tlsPins, and keeps one
 * AbortController per running fetch or probe.
 */
import type { LookupFunction } from 'node:net';
import { dirname, resolve } from 'node:path';
import { decodeCertificate } from '../../../core/certs/x509.js';
import { analyseMetadata, type DocumentBytes } from '../../../core/metadata/analyse-metadata.js';
import { comparedCertificate } from '../../../core/metadata/compared-certificate.js';
import type { ComparedCertificate } from '../../../core/metadata/cross-check-keys.js';
import { probeExchangeTrust } from '../../../core/metadata/exchange-trust-probe.js';
import { fetchMetadata } from '../../../core/metadata/fetch-metadata.js';
import type { MetadataReport } from '../../../core/metadata/metadata-report.js';
import { parseMetadataDocument } from '../../../core/metadata/parse-metadata.js';
import { readMetadataFile, type MetadataFileFs } from '../../../core/metadata/read-metadata-file.js';
import { serverThumbprints } from '../../../core/metadata/server-thumbprints.js';
import type { MetadataRole } from '../../../core/metadata/well-known-services.js';
import { resolveEndpoints } from '../../../core/model/defaults.js';
import type { Project } from '../../../core/model/project.js';
import type { HttpsRequestFunction, NetworkEdges } from '../../../core/net/https-client.js';
import { presentedCertificatePem } from '../../../core/net/presented-certificate.js';
import type { RuntimeRoots } from '../../../core/net/runtime-roots.js';
import { buildTrustStore, readTrustedCaFiles } from '../../../core/net/trust-store.js';
import { msg } from '../../../core/message-catalogue.js';
import { errorValue, fail, ok, type Result } from '../../../core/result.js';
import type { MetadataChannels } from '../../../shared/channels/metadata-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';
import { chosenFile, projectFileReader, resolveInSession } from '../session-paths.js';

export interface MetadataHandlerDeps {
  now: () => Date;
  /** `https.request`. */
  httpsRequest: HttpsRequestFunction;
  /** Name resolution (absent: the system's); shared with the TLS probe of the Certificates step. */
  tlsLookup?: LookupFunction;
  /** A monotonic clock in ms (`performance.now`). */
  monotonicNow: () => number;
  /** `tls.createSecureContext`: the trust store's roots parsed once per fetch rather than once per connection. */
  createSecureContext: NonNullable<NetworkEdges['createSecureContext']>;
  /** Node's bundled roots and, in Electron, the system store. */
  tlsRoots: RuntimeRoots;
  /** Reads a whole file (`fs.readFile`): certificate and CA files. */
  readBinaryFile(path: string): Promise<Uint8Array>;
  /** `node:fs/promises`: saved documents are read without reading past the 1 MiB cap. */
  metadataFs: MetadataFileFs;
  writeTextFile(path: string, text: string): Promise<void>;
  /** The native Open dialog for a saved metadata document; null when the user cancels. */
  chooseMetadataFile(side: MetadataRole): Promise<string | null>;
}

const savedFileField = { lync: 'lyncMetadataFile', exchange: 'exchangeMetadataFile' } as const;
const savedFileName = { lync: 'lync-metadata.json', exchange: 'exchange-metadata.json' } as const;
const certificateField = { lync: 'oauthIssuer', exchange: 'exchangeAuth' } as const;

function unsaved<T>(what: 'document' | 'ca'): Result<T> {
  return fail('metadata.project-unsaved', msg(`error.metadata.project-unsaved.${what}`));
}

export function createMetadataHandlers(deps: MetadataHandlerDeps, session: ProjectSession): HandlersOf<MetadataChannels> {
  const running = new Map<string, AbortController>();
  const edges: NetworkEdges = { request: deps.httpsRequest, now: deps.monotonicNow, createSecureContext: deps.createSecureContext, ...(deps.tlsLookup ? { lookup: deps.tlsLookup } : {}) };
  const folder = () => (session.path === null ? null : dirname(session.path));
  async function trustStore(project: Project): Promise<Result<string[]>> {
    const imported = await readTrustedCaFiles(project.trustedCaFiles, projectFileReader(session, project, deps.readBinaryFile));
    if (!imported.ok) return imported;
    return ok(buildTrustStore({ ...deps.tlsRoots, imported: imported.value }).ca);
  }

  /**
   * The project's certificate for that side: the one the Certificates step holds (a PFX read with the password
   * typed there), else the file read without a password (a PFX then stays uncompared, and says so).
   */
  async function certificateOf(side: MetadataRole, project: Project): Promise<ComparedCertificate[]> {
    const held = session.certificates.comparedFor(project, certificateField[side], deps.now());
    if (held) return [held];
    const path = project.certificates[certificateField[side]];
    if (!path) return [];
    const absolute = resolveInSession(session, path, `certificates.${certificateField[side]}`);
    if (!absolute.ok) return [{ file: path, unreadable: absolute.error.message }];
    try {
      return [comparedCertificate(await deps.readBinaryFile(absolute.value), path, null)];
    } catch (e) {
      return [{ file: path, unreadable: `cannot read ${path}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'it does not exist' : (e as Error).message}.` }];
    }
  }

  /** What the imported state says the side signs with; null before the Verify step imported that side's state. */
  const inUseOf = (side: MetadataRole) => serverThumbprints(session.evidence.state)[side];

  function withOperation<T>(operationId: string, run: (signal: AbortSignal) => Promise<Result<T>>): Promise<Result<T>> {
    running.get(operationId)?.abort();
    const controller = new AbortController();
    running.set(operationId, controller);
    return run(controller.signal).finally(() => {
      if (running.get(operationId) === controller) running.delete(operationId);
    });
  }

  /** Text the renderer holds (pasted, or a dropped file): checked like a file, and its text kept in the report for saving. */
  async function analyseBytes(side: MetadataRole, project: Project, document: DocumentBytes, subject: string) {
    const resolved = resolveEndpoints(project);
    const metadataUrl = side === 'lync' ? resolved.lyncMetadataUrl : resolved.exchangeMetadataUrl;
    return analyseMetadata(document, subject, { role: side, realm: resolved.realm, now: deps.now(), certificates: await certificateOf(side, project), inUse: inUseOf(side), metadataUrl });
  }

  async function analyseFile(side: MetadataRole, project: Project, absolute: string, recorded: string): Promise<Result<MetadataReport>> {
    const read = await readMetadataFile(deps.metadataFs, absolute, recorded);
    if (!read.ok) return read;
    const resolved = resolveEndpoints(project);
    const url = side === 'lync' ? resolved.lyncMetadataUrl : resolved.exchangeMetadataUrl;
    const analysis = analyseMetadata(read.value, recorded, { role: side, realm: resolved.realm, now: deps.now(), certificates: await certificateOf(side, project), inUse: inUseOf(side), metadataUrl: url });
    // The text of a file stays in main: the renderer names project paths, and needs the text only to save a fetched copy.
    return ok({ role: side, source: { kind: 'file', file: recorded }, tls: null, ...analysis, text: null });
  }

  return {
    'metadata:fetch': (operationId, side, project) =>
      withOperation(operationId, async (signal) => {
        const ca = await trustStore(project);
        if (!ca.ok) return ca;
        const resolved = resolveEndpoints(project);
        const url = side === 'lync' ? resolved.lyncMetadataUrl : resolved.exchangeMetadataUrl;
        const certificates = await certificateOf(side, project);
        return fetchMetadata({ url, role: side, realm: resolved.realm, now: deps.now(), certificates, inUse: inUseOf(side), ca: ca.value, pins: project.tlsPins ?? {}, signal }, edges);
      }),

    'metadata:cancel': async (operationId) => {
      running.get(operationId)?.abort();
      return ok(null);
    },

    'metadata:import': async (side, project) => {
      const chosen = await deps.chooseMetadataFile(side);
      if (chosen === null) return ok(null);
      const recorded = chosenFile(session, chosen);
      const report = await analyseFile(side, project, chosen, recorded);
      return report.ok ? ok({ report: report.value, path: recorded }) : report;
    },

    'metadata:check-text': async (side, project, text) => ok({ role: side, source: { kind: 'text' }, tls: null, ...(await analyseBytes(side, project, { bytes: new Uint8Array(Buffer.from(text, 'utf8')) }, 'the pasted text')) }),

    'metadata:drop': async (side, project, dropped) => {
      // Only the start of a file over 1 MiB came: its size says it is too large, as for a file read from disk.
      const bytes = { bytes: new Uint8Array(Buffer.from(dropped.base64, 'base64')), size: dropped.size };
      return ok({ role: side, source: { kind: 'file', file: dropped.name, dropped: true }, tls: null, ...(await analyseBytes(side, project, bytes, dropped.name)) });
    },

    'metadata:load-saved': async (side, project) => {
      const file = project[savedFileField[side]];
      if (file === null) return ok(null);
      const absolute = resolveInSession(session, file, savedFileField[side]);
      if (!absolute.ok) return absolute;
      return analyseFile(side, project, absolute.value, file);
    },

    'metadata:save': async (side, text) => {
      const base = folder();
      if (base === null) return unsaved('document');
      const parsed = parseMetadataDocument(new Uint8Array(Buffer.from(text, 'utf8')), 'The text to save');
      if (!parsed.ok) return fail(parsed.error.code, msg('error.metadata.save-not-metadata', { error: errorValue(parsed.error) }));
      const name = savedFileName[side];
      try {
        await deps.writeTextFile(resolve(base, name), text);
      } catch (e) {
        return fail('metadata.save-failed', msg('error.metadata.save-failed', { file: name, error: (e as Error).message }), name);
      }
      return ok({ path: name });
    },

    'metadata:probe-trust': (operationId, project) =>
      withOperation(operationId, async (signal) => {
        const ca = await trustStore(project);
        if (!ca.ok) return ca;
        const resolved = resolveEndpoints(project);
        return probeExchangeTrust(
          {
            ewsUrl: resolved.exchangeEwsUrl,
            realm: resolved.realm,
            configured: project.options.exchangeTrustConfigured === true,
            lyncMetadataUrl: resolved.lyncMetadataUrl,
            ca: ca.value,
            pins: project.tlsPins ?? {},
            signal,
          },
          edges,
        );
      }),

    'metadata:trust-ca': async (derBase64) => {
      const base = folder();
      if (base === null) return unsaved('ca');
      const decoded = decodeCertificate(new Uint8Array(Buffer.from(derBase64, 'base64')));
      if (!decoded.ok) return fail('metadata.not-a-ca', msg('error.metadata.not-a-ca.unreadable', { error: errorValue(decoded.error) }));
      const { facts } = decoded.value;
      if (!facts.isCertificateAuthority) return fail('metadata.not-a-ca', msg('error.metadata.not-a-ca', { subject: facts.subject }));
      const name = `trusted-ca-${facts.sha256Fingerprint.slice(0, 16).toLowerCase()}.pem`;
      try {
        await deps.writeTextFile(resolve(base, name), presentedCertificatePem(facts));
      } catch (e) {
        return fail('metadata.save-failed', msg('error.metadata.save-failed', { file: name, error: (e as Error).message }), name);
      }
      return ok({ path: name });
    },
  };
}
