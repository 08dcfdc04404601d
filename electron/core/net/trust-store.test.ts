import { rootCertificates } from 'node:tls';
import { X509Certificate } from 'node:crypto';
import { certificatePem, ecCertificateFromOpenssl, makeCa, rsaKey } from '../../../tests/helpers/test-pki.js';
import { buildTrustStore, readCaFile, readTrustedCaFiles } from './trust-store.js';

const key = rsaKey();
const rootA = makeCa({ commonName: 'Litware Root A', key });
const rootB = makeCa({ commonName: 'Litware Root B', key });
const text = (s: string) => new TextEncoder().encode(s);

describe('buildTrustStore', () => {
  it("joins Node's bundled roots, the system store and imported CAs, once each, and counts where they came from", () => {
    const store = buildTrustStore({
      bundled: rootCertificates,
      system: [rootCertificates[0] as string, rootA.pem],
      imported: [
        { file: 'ca/a.pem', pem: rootA.pem.replace(/\n/g, '\r\n') },
        { file: 'ca/b.cer', pem: rootB.pem },
      ],
    });
    expect(store.ca).toHaveLength(rootCertificates.length + 2);
    expect(store.sources).toEqual({
      bundled: rootCertificates.length,
      system: 2,
      imported: [
        { file: 'ca/a.pem', subject: 'CN=Litware Root A' },
        { file: 'ca/b.cer', subject: 'CN=Litware Root B' },
      ],
    });
  });

  it("says 'unavailable' when the runtime cannot read the system store (Node 20)", () => {
    expect(buildTrustStore({ bundled: [], system: null, imported: [] }).sources.system).toBe('unavailable');
  });
});

describe('readCaFile', () => {
  it('reads PEM bundles and DER, one entry per certificate, EC CAs included', () => {
    const ec = ecCertificateFromOpenssl('Litware EC Root');
    expect(readCaFile(text(certificatePem([rootA, rootB])), 'bundle.pem')).toMatchObject({ ok: true, value: [{ file: 'bundle.pem' }, { file: 'bundle.pem' }] });
    const der = readCaFile(rootA.der, 'root.cer');
    expect(der.ok && new X509Certificate(der.value[0]?.pem ?? '').subject).toBe('CN=Litware Root A');
    const ecRead = readCaFile(text(ec.certificatePem), 'ec.pem');
    expect(ecRead.ok && buildTrustStore({ bundled: [], system: null, imported: ecRead.value }).sources.imported).toEqual([{ file: 'ec.pem', subject: 'CN=Litware EC Root' }]);
  });

  it('refuses what is not a certificate, naming the file (cert.ca-unreadable)', () => {
    expect(readCaFile(text('hello'), 'notes.txt')).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable', subject: 'notes.txt' } });
    expect(readCaFile(text(rootA.keyPem), 'key.pem')).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable', message: expect.stringContaining('key.pem holds no CERTIFICATE') } });
  });
});

describe('readTrustedCaFiles', () => {
  it("reads the project's files through the reader it is given", async () => {
    const files: Record<string, Uint8Array> = { 'ca/root-a.pem': text(rootA.pem), 'ca/root-b.cer': rootB.der };
    const read = await readTrustedCaFiles(Object.keys(files), async (path) => files[path] as Uint8Array);
    expect(read.ok && read.value.map((c) => c.file)).toEqual(['ca/root-a.pem', 'ca/root-b.cer']);
  });

  it('names the entry and the file that cannot be read, and why', async () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const read = await readTrustedCaFiles(['ca/root-a.pem', 'ca/gone.pem'], async (path) => {
      if (path === 'ca/gone.pem') throw missing;
      return text(rootA.pem);
    });
    expect(read).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable', subject: 'trustedCaFiles[1]', message: 'trustedCaFiles[1]: cannot read ca/gone.pem: it does not exist.' } });
    const garbage = await readTrustedCaFiles(['ca/x.pem'], async () => text('garbage'));
    expect(garbage).toMatchObject({ ok: false, error: { subject: 'trustedCaFiles[0]', message: expect.stringContaining('ca/x.pem') } });
  });
});

describe('readCaFile on a truncated certificate', () => {
  it('refuses it rather than handing TLS a broken root', () => {
    expect(readCaFile(rootA.der.subarray(0, rootA.der.length - 20), 'cut.cer')).toMatchObject({ ok: false, error: { code: 'cert.ca-unreadable' } });
  });
});
