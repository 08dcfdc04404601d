/**
 * The Exchange Auth certificate that the certificate parameter set of 02-lync-trust-exchange.ps1 needs, read from
 * the file the project names (`certificates.exchangeAuth`). Only its public part (the DER) reaches the script.
 */
import { loadCertificate } from '../certs/load-certificate.js';
import type { ComparedCertificate } from '../metadata/cross-check-keys.js';
import type { Project } from '../model/project.js';
import { fail, ok, type Result } from '../result.js';
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
      `${field}: the option "Lync trusts Exchange by" is "certificate", so the project needs the Exchange Auth certificate (export it on Exchange as a .cer file, without the private key); add it in the Certificates step, or switch the option back to "metadata".`,
      field,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await edges.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    return fail('script.certificate-unreadable', `${field}: cannot read ${path}: ${why}.`, field);
  }
  const loaded = loadCertificate(bytes, path, edges.password);
  if (!loaded.ok) return fail('script.certificate-unreadable', `${field}: ${loaded.error.message}`, field);
  const { derBase64, thumbprint, notAfter } = loaded.value.leaf;
  return ok({ derBase64, thumbprint, notAfter });
}
