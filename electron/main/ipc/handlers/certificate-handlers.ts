/**
 * Handlers of the Certificates step: thin glue to core. The session's certificate holder keeps, per slot, the
 * bytes of the certificate file and the PFX password the user typed: in this process's memory only, never
 * written, logged or sent back. The project's paths are read only as the session grants (session-paths.ts).
 */
import type { LookupFunction } from 'node:net';
import { basename } from 'node:path';
import type { CertificateRole } from '../../../core/certs/check-certificate.js';
import { certificateFileTooLarge, maxCertificateFileBytes } from '../../../core/certs/read-bounded-file.js';
import { resolveEndpoints } from '../../../core/model/defaults.js';
import type { Project } from '../../../core/model/project.js';
import type { RuntimeRoots } from '../../../core/net/runtime-roots.js';
import { probeTls, type TlsConnectFunction } from '../../../core/net/tls-probe.js';
import { buildTrustStore, readCaFile, readTrustedCaFiles } from '../../../core/net/trust-store.js';
import { english, msg } from '../../../core/message-catalogue.js';
import { readReason } from '../../../core/read-reason.js';
import { fail, ok } from '../../../core/result.js';
import type { CertificateCard, CertificateChannels, CertificateSlot } from '../../../shared/channels/certificate-channels.js';
import type { HandlersOf } from '../dispatch.js';
import type { ProjectSession } from '../project-session.js';
import { chosenFile, projectFileReader, resolveInSession } from '../session-paths.js';

export interface CertificateHandlerDeps {
  now: () => Date;
  /** Reads a whole file (`fs.readFile`). */
  readBinaryFile(path: string): Promise<Uint8Array>;
  /** The native Open dialogs; null when the user cancels. */
  chooseCertificateFile(slot: CertificateSlot): Promise<string | null>;
  chooseTrustedCaFile(): Promise<string | null>;
  /** `tls.connect`, and name resolution (absent: the system's). */
  tlsConnect: TlsConnectFunction;
  tlsLookup?: LookupFunction;
  /** Node's bundled roots and, in Electron, the system store. */
  tlsRoots: RuntimeRoots;
  writeClipboard(text: string): void;
}

const roles: Record<CertificateSlot, CertificateRole> = { oauthIssuer: 'oauth-issuer', exchangeAuth: 'exchange-auth' };

export function createCertificateHandlers(deps: CertificateHandlerDeps, session: ProjectSession): HandlersOf<CertificateChannels> {
  const held = session.certificates;
  const probes = new Map<string, AbortController>();

  /** Only for a slot that holds a file. */
  function card(slot: CertificateSlot, project: Project): CertificateCard {
    const role = roles[slot];
    const inspection = held.inspect(slot, { role, now: deps.now(), sipDomain: project.sipDomain || null });
    const file = held.describe(slot);
    if (inspection === null || file === undefined) throw new Error(`No certificate file is held for ${slot}.`);
    return {
      slot,
      role,
      fileName: file.fileName,
      projectPath: file.projectPath,
      certificate: inspection.certificate,
      daysLeft: inspection.daysLeft,
      needsPassword: inspection.findings.some((f) => f.id === 'cert.password-required' || f.id === 'cert.password-wrong'),
      findings: inspection.findings,
    };
  }

  async function hold(slot: CertificateSlot, path: string, projectPath: string, keepPassword: boolean): Promise<void> {
    try {
      const bytes = await deps.readBinaryFile(path);
      held.hold(slot, { bytes, fileName: basename(path), projectPath, readError: null }, keepPassword);
    } catch (e) {
      held.hold(slot, { bytes: null, fileName: basename(path), projectPath, readError: english(readReason(e)) }, keepPassword);
    }
  }

  return {
    'certs:pick': async (slot, project) => {
      const path = await deps.chooseCertificateFile(slot);
      if (path === null) return ok(null);
      await hold(slot, path, chosenFile(session, path), false);
      return ok(card(slot, project));
    },
    'certs:drop': async (slot, project, dropped) => {
      // As for a picked file, a file larger than a certificate file can be is not read.
      const tooLarge = dropped.size > maxCertificateFileBytes;
      const bytes = tooLarge ? null : new Uint8Array(Buffer.from(dropped.base64, 'base64'));
      held.hold(slot, { bytes, fileName: dropped.name, projectPath: null, readError: tooLarge ? certificateFileTooLarge(dropped.size) : null }, false);
      return ok(card(slot, project));
    },
    'certs:load': async (slot, project) => {
      const path = project.certificates[slot];
      if (path === null || path === undefined) {
        // A dropped file has no path to record: it stays held (and checked) until another file or Remove.
        if (held.describe(slot)?.projectPath === null) return ok(card(slot, project));
        held.forget(slot);
        return ok(null);
      }
      const absolute = resolveInSession(session, path, `certificates.${slot}`);
      if (!absolute.ok) return absolute;
      await hold(slot, absolute.value, path, true);
      return ok(card(slot, project));
    },
    'certs:password': async (slot, project, password) => {
      if (!held.setPassword(slot, password)) return fail('cert.nothing-held', msg('error.cert.nothing-held'));
      return ok(card(slot, project));
    },
    'certs:forget': async (slot) => {
      held.forget(slot);
      return ok(null);
    },
    'certs:pick-ca': async () => {
      const path = await deps.chooseTrustedCaFile();
      if (path === null) return ok(null);
      let bytes: Uint8Array;
      try {
        bytes = await deps.readBinaryFile(path);
      } catch (e) {
        return fail('cert.ca-unreadable', msg('error.cert.ca-unreadable', { path, reason: readReason(e) }), path);
      }
      const read = readCaFile(bytes, path);
      if (!read.ok) return read;
      return ok({ path: chosenFile(session, path), subjects: buildTrustStore({ bundled: [], system: null, imported: read.value }).sources.imported.map((i) => i.subject) });
    },
    'certs:probe': async (operationId, endpoint, project) => {
      // Registered before the first await, so a cancel that follows at once finds it.
      const controller = new AbortController();
      probes.set(operationId, controller);
      try {
        const resolved = resolveEndpoints(project);
        const target = endpoint === 'pool' ? resolved.lyncMetadataUrl : resolved.exchangeMetadataUrl;
        const imported = await readTrustedCaFiles(project.trustedCaFiles, projectFileReader(session, project, deps.readBinaryFile));
        if (!imported.ok) return imported;
        const trustStore = buildTrustStore({ bundled: deps.tlsRoots.bundled, system: deps.tlsRoots.system, imported: imported.value });
        return await probeTls({ target, trustStore, now: deps.now(), signal: controller.signal }, { connect: deps.tlsConnect, ...(deps.tlsLookup ? { lookup: deps.tlsLookup } : {}) });
      } finally {
        probes.delete(operationId);
      }
    },
    'certs:cancel-probe': async (operationId) => {
      probes.get(operationId)?.abort();
      return ok(null);
    },
    'certs:copy': async (text) => {
      deps.writeClipboard(text);
      return ok(null);
    },
  };
}
