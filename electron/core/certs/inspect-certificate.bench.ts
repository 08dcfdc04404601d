import { bench, describe } from 'vitest';
import { certificatePem, makeCa, makeCertificate, pfxFromOpenssl, rsaKey } from '../../../tests/helpers/test-pki.js';
import { inspectCertificate } from './inspect-certificate.js';

const now = new Date('2026-11-26T09:00:00Z');
const key4096 = rsaKey(4096);
const key2048 = rsaKey(2048);
const root = makeCa({ commonName: 'Litware Root CA', key: key4096 });
const leaf = makeCertificate({ issuer: root, key: key4096, commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'] });
const aesPfx = pfxFromOpenssl({ certificates: [leaf, root], password: 'bench', encryption: 'aes256' });
const tripleDesPfx = pfxFromOpenssl({ certificates: [leaf, root], password: 'bench', encryption: '3des' });

// A 20-certificate bundle: a leaf, 18 intermediates and the root, shuffled so the leaf has to be found.
const chain = [makeCa({ commonName: 'Bundle Root', key: key2048 })];
for (let i = 1; i < 19; i += 1) chain.push(makeCa({ issuer: chain[i - 1], commonName: `Bundle CA ${i}`, key: key2048 }));
chain.push(makeCertificate({ issuer: chain[18], commonName: 'litwareinc.com', dnsNames: ['litwareinc.com'], key: key2048 }));
const bundle = new TextEncoder().encode(certificatePem([...chain].sort((a, b) => a.der[40]! - b.der[40]!)));

const inspect = (bytes: Uint8Array, file: string, password: string | null) => {
  const result = inspectCertificate(bytes, file, { role: 'oauth-issuer', now, password, sipDomain: 'litwareinc.com' });
  if (!result.certificate) throw new Error(`${file}: ${result.findings[0]?.detail}`);
};

describe('inspect a certificate file (load, decrypt, facts, checks)', () => {
  bench('4096-bit RSA PFX, AES-256 (PBES2, SHA-256 MAC)', () => inspect(aesPfx, 'aes.pfx', 'bench'), { time: 2000 });
  bench('4096-bit RSA PFX, 3DES (SHA-1 MAC)', () => inspect(tripleDesPfx, '3des.pfx', 'bench'), { time: 2000 });
  bench('PEM bundle of 20 certificates', () => inspect(bundle, 'bundle.pem', null), { time: 2000 });
});
