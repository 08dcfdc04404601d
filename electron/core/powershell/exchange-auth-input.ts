/**
 * The Exchange Auth certificate that the certificate parameter set of 02-lync-trust-exchange.ps1 needs, read from
 * the file the project names (`certificates.exchangeAuth`). Only its public part (the DER) reaches the script.
 */
import { loadCertificate } from '../certs/load-certificate.js';
import type { ComparedCertificate } from '../metadata/cross-check-keys.js';
import type { Project } from '../model/project.js';
import { msg } from '../message-catalogue.js';
import { readReason } from '../read-reason.js';
import { errorValue, fail, ok, type Result } from '../result.js';
import type { ExchangeAuthCertificate } from './script-values.js';

export interface ExchangeAuthEdges {
  /** Reads a path as the project writes it (relative to the project file; the glue resolves it). */
  readFile(path: string): Promise<Uint8Array>;
  /** The PFX password, when the file is a PFX; never stored. */
  password: string | null;
  /**
   * The certificate as the caller already holds it for this project (the app's Certificates step, a PFX read with
   * the password the user typed there); when given, the file is not read again.
   */
  held?: ComparedCertificate | null;
}

const field = 'certificates.exchangeAuth';

export async function readExchangeAuthCertificate(project: Project, edges: ExchangeAuthEdges): Promise<Result<ExchangeAuthCertificate | null>> {
  if (project.options.lyncTrustsExchangeBy !== 'certificate') return ok(null);
  if (edges.held) {
    if ('unreadable' in edges.held) return fail('script.certificate-unreadable', `${field}: ${edges.held.unreadable}`, field);
    const { derBase64, thumbprint, notAfter } = edges.held.facts;
    return ok({ derBase64, thumbprint, notAfter });
  }
  const path = project.certificates.exchangeAuth;
  if (path === null || path === undefined || path === '') {
    return fail(
      'script.certificate-required',
      msg('error.script.certificate-required.export', { field }),
      field,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await edges.readFile(path);
  } catch (e) {
    return fail('script.certificate-unreadable', msg('error.script.certificate-unreadable', { field, path, reason: readReason(e) }), field);
  }
  const loaded = loadCertificate(bytes, path, edges.password);
  if (!loaded.ok) return fail('script.certificate-unreadable', msg('error.in-field', { field, error: errorValue(loaded.error) }), field);
  const { derBase64, thumbprint, notAfter } = loaded.value.leaf;
  return ok({ derBase64, thumbprint, notAfter });
}
