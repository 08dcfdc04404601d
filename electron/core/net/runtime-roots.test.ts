import * as tls from 'node:tls';
import { describeTrustSources, runtimeRoots } from './runtime-roots.js';

describe('runtimeRoots', () => {
  it("takes Node's bundled roots and, where the runtime has it, the system store", () => {
    expect(runtimeRoots({ rootCertificates: ['a'] })).toEqual({ bundled: ['a'], system: null });
    expect(runtimeRoots({ rootCertificates: ['a'], getCACertificates: () => ['s1', 's2'] })).toEqual({ bundled: ['a'], system: ['s1', 's2'] });
    expect(runtimeRoots({ rootCertificates: [], getCACertificates: () => { throw new Error('no store'); } }).system).toBeNull();
  });

  it('matches what this Node offers', () => {
    const roots = runtimeRoots(tls as unknown as Parameters<typeof runtimeRoots>[0]);
    expect(roots.bundled.length).toBeGreaterThan(100);
    expect(roots.system === null).toBe(typeof (tls as { getCACertificates?: unknown }).getCACertificates !== 'function');
  });

  it('says so when the system store is unavailable', () => {
    const line = describeTrustSources({ bundled: 140, system: 'unavailable', imported: [{ file: 'root.cer', subject: 'CN=Litware Root' }] }, 'Node v20.20.2');
    expect(line).toContain('140 bundled with Node');
    expect(line).toContain('the system store is not available (Node v20.20.2 has no tls.getCACertificates');
    expect(line).toContain('root.cer (CN=Litware Root)');
  });
});
