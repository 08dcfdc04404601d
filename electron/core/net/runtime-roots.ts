/**
 * The roots the runtime offers, from the `tls` module the glue passes in: Node's bundled Mozilla roots always;
 * the operating system's store only where `tls.getCACertificates('system')` exists (Electron 45's Node 22; not
 * Node 20, which the CLI may run on).
 */
export interface TlsRootsModule {
  rootCertificates: readonly string[];
  getCACertificates?: (type: 'system') => string[];
}

export interface RuntimeRoots {
  bundled: readonly string[];
  /** Null when the runtime cannot read the system store. */
  system: readonly string[] | null;
}

export function runtimeRoots(tls: TlsRootsModule): RuntimeRoots {
  let system: string[] | null = null;
  if (typeof tls.getCACertificates === 'function') {
    try {
      system = tls.getCACertificates('system');
    } catch {
      system = null;
    }
  }
  return { bundled: tls.rootCertificates, system };
}

/** One line for people: where the trusted roots come from. */
export function describeTrustSources(sources: { bundled: number; system: number | 'unavailable'; imported: { file: string; subject: string }[] }, runtime: string): string {
  const system =
    sources.system === 'unavailable'
      ? `the system store is not available (${runtime} has no tls.getCACertificates; Electron 45 and Node 22.15+ do) — import an internal CA with --ca or trustedCaFiles`
      : `${sources.system} from the system store`;
  const imported = sources.imported.length === 0 ? 'none imported' : `imported: ${sources.imported.map((i) => `${i.file} (${i.subject})`).join('; ')}`;
  return `Trusted roots: ${sources.bundled} bundled with Node, ${system}, ${imported}.`;
}
