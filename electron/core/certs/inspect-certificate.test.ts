import { ecCertificateFromOpenssl, makeCa, makeCertificate, pfxFromOpenssl, rsaCertificateSignedByEc, rsaKey, type CertificateOptions } from '../../../tests/helpers/test-pki.js';
import type { Finding } from '../findings.js';
import { buildTrustStore } from '../net/trust-store.js';
import { inspectCertificate, type InspectOptions } from './inspect-certificate.js';

const now = new Date('2026-11-26T09:00:00Z');
const day = 86_400_000;
const key = rsaKey();
const root = makeCa({ commonName: 'Litware Root CA', key });
const issuing = makeCa({ issuer: root, commonName: 'Litware Issuing CA', key });
const trusted = buildTrustStore({ bundled: [], system: null, imported: [{ file: 'root.cer', pem: root.pem }] });
const emptyStore = buildTrustStore({ bundled: [], system: null, imported: [] });

function cert(overrides: Partial<CertificateOptions> = {}) {
  return makeCertificate({
    issuer: issuing,
    key,
    commonName: 'litwareinc.com',
    dnsNames: ['litwareinc.com', 'atl-cs-001.litwareinc.com'],
    notBefore: new Date('2026-01-01T00:00:00Z'),
    notAfter: new Date('2028-01-01T00:00:00Z'),
    ...overrides,
  });
}

function inspect(der: Uint8Array, options: Partial<InspectOptions> & Pick<InspectOptions, 'role'>, file = 'oauth.cer') {
  return inspectCertificate(der, file, { now, password: null, sipDomain: 'litwareinc.com', ...options });
}

const ids = (findings: Finding[]) => findings.map((f) => `${f.id}:${f.severity}`);
const one = (findings: Finding[], id: string) => {
  const found = findings.filter((f) => f.id === id);
  expect(found, `${id} in ${ids(findings).join(', ')}`).toHaveLength(1);
  return found[0] as Finding;
};

describe('oauth-issuer', () => {
  it('a good certificate for the SIP domain has no finding but the .cer note', () => {
    const result = inspect(cert().der, { role: 'oauth-issuer' });
    expect(ids(result.findings)).toEqual(['cert.no-private-key:info']);
    expect(result.daysLeft).toBe(400);
    expect(result.certificate).toMatchObject({ format: 'der', leaf: { subject: 'CN=litwareinc.com' } });
  });

  it('cert.expired: an error, fixed by assigning a new certificate at once (too late to roll)', () => {
    const f = one(inspect(cert({ notAfter: new Date(now.getTime() - 3 * day) }).der, { role: 'oauth-issuer' }).findings, 'cert.expired');
    expect(f.severity).toBe('error');
    expect(f.detail).toContain('3 day(s) ago');
    expect(f.fix).toContain("Import-CsCertificate -Identity global -Type OAuthTokenIssuer -Path 'C:\\certs\\oauth.pfx'");
    expect(f.fix).toContain('Set-PartnerApplication');
    expect(f.fix).toContain('-RefreshAuthMetadata');
    expect(f.fix).not.toContain('-Roll');
  });

  it('cert.not-yet-valid: an error', () => {
    const f = one(inspect(cert({ notBefore: new Date(now.getTime() + day) }).der, { role: 'oauth-issuer' }).findings, 'cert.not-yet-valid');
    expect(f.severity).toBe('error');
  });

  it.each([
    [29, 'error'],
    [30, 'warning'],
    [59, 'warning'],
  ])('cert.expires-soon with %i days left is %s (HealthChecker thresholds), fixed with a roll 24 h ahead', (days, severity) => {
    const f = one(inspect(cert({ notAfter: new Date(now.getTime() + days * day + 3_600_000) }).der, { role: 'oauth-issuer' }).findings, 'cert.expires-soon');
    expect(f.severity).toBe(severity);
    expect(f.detail).toContain(`${days} day(s) left`);
    expect(f.fix).toContain('Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint <new thumbprint> -Roll -EffectiveDate (Get-Date).AddDays(1)');
    expect(f.fix).toContain('Remove-CsCertificate -Identity global -Type OAuthTokenIssuer -Previous');
  });

  it('has no expiry finding with 60 days left', () => {
    const result = inspect(cert({ notAfter: new Date(now.getTime() + 60 * day + 3_600_000) }).der, { role: 'oauth-issuer' });
    expect(result.findings.filter((f) => f.id.startsWith('cert.expir'))).toEqual([]);
  });

  it('with under 48 hours left a roll can no longer take effect 24 h ahead: replace at once', () => {
    const f = one(inspect(cert({ notAfter: new Date(now.getTime() + 40 * 3_600_000) }).der, { role: 'oauth-issuer' }).findings, 'cert.expires-soon');
    expect(f.fix).not.toContain('-Roll');
    expect(f.fix).toContain('Import-CsCertificate -Identity global -Type OAuthTokenIssuer');
  });

  it('cert.key-too-small: a 1024-bit key is an error', () => {
    const small = makeCertificate({ commonName: 'litwareinc.com', key: rsaKey(1024), notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') });
    const f = one(inspect(small.der, { role: 'oauth-issuer' }).findings, 'cert.key-too-small');
    expect(f).toMatchObject({ severity: 'error', subject: 'oauth.cer' });
    expect(f.detail).toContain('1024-bit');
  });

  it('cert.weak-signature: a SHA-1 signature is a warning', () => {
    const f = one(inspect(cert({ hash: 'sha1' }).der, { role: 'oauth-issuer' }).findings, 'cert.weak-signature');
    expect(f.severity).toBe('warning');
    expect(f.detail).toContain('sha1WithRSAEncryption');
  });

  it('cert.no-private-key: an error for a PFX (meant for import), info for a .cer', () => {
    const pfx = pfxFromOpenssl({ certificates: [cert()], password: 'p', encryption: 'aes256', withKey: false });
    const fromPfx = one(inspectCertificate(pfx, 'oauth.pfx', { role: 'oauth-issuer', now, password: 'p', sipDomain: 'litwareinc.com' }).findings, 'cert.no-private-key');
    expect(fromPfx.severity).toBe('error');
    expect(fromPfx.fix).toContain('Import-CsCertificate -Identity global -Type OAuthTokenIssuer');
    const leaf = cert();
    const fromCer = one(inspect(leaf.der, { role: 'oauth-issuer' }).findings, 'cert.no-private-key');
    expect(fromCer.severity).toBe('info');
    expect(fromCer.fix).toContain(`Set-CsCertificate -Identity global -Type OAuthTokenIssuer -Thumbprint ${inspect(leaf.der, { role: 'oauth-issuer' }).certificate?.leaf.thumbprint}`);
    const withKey = pfxFromOpenssl({ certificates: [leaf], password: 'p', encryption: 'aes256' });
    expect(inspectCertificate(withKey, 'oauth.pfx', { role: 'oauth-issuer', now, password: 'p', sipDomain: 'litwareinc.com' }).findings).toEqual([]);
  });

  it('cert.subject-missing-sip-domain: a warning when only a server FQDN under the domain is named, an error otherwise', () => {
    const poolOnly = cert({ commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'] });
    expect(one(inspect(poolOnly.der, { role: 'oauth-issuer' }).findings, 'cert.subject-missing-sip-domain').severity).toBe('warning');
    const foreign = cert({ commonName: 'fabrikam.com', dnsNames: ['fabrikam.com'] });
    const f = one(inspect(foreign.der, { role: 'oauth-issuer' }).findings, 'cert.subject-missing-sip-domain');
    expect(f.severity).toBe('error');
    expect(f.fix).toContain('CN=litwareinc.com');
    const inSan = cert({ commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com', 'LitwareInc.com'] });
    expect(inspect(inSan.der, { role: 'oauth-issuer' }).findings.map((x) => x.id)).not.toContain('cert.subject-missing-sip-domain');
  });

  it('cert.self-signed is only information for the OAuthTokenIssuer', () => {
    const self = makeCertificate({ commonName: 'litwareinc.com', key, notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') });
    expect(one(inspect(self.der, { role: 'oauth-issuer' }).findings, 'cert.self-signed').severity).toBe('info');
  });
});

describe('exchange-auth', () => {
  const authCert = (overrides: Partial<CertificateOptions> = {}) =>
    makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key, extendedKeyUsages: null, notBefore: new Date('2024-01-01'), notAfter: new Date('2029-01-01'), ...overrides });

  it('self-signed is expected: cert.self-signed as info, nothing else', () => {
    expect(ids(inspect(authCert().der, { role: 'exchange-auth' }, 'auth.cer').findings)).toEqual(['cert.self-signed:info']);
  });

  it('expired: the emergency renewal sequence of domain.md §3.2', () => {
    const f = one(inspect(authCert({ notAfter: new Date('2026-11-01') }).der, { role: 'exchange-auth' }, 'auth.cer').findings, 'cert.expired');
    for (const step of [
      'New-ExchangeCertificate -KeySize 2048 -PrivateKeyExportable $true -SubjectName "cn=Microsoft Exchange Server Auth Certificate" -FriendlyName "Microsoft Exchange Server Auth Certificate" -DomainName @()',
      'Set-AuthConfig -NewCertificateThumbprint <new thumbprint> -NewCertificateEffectiveDate (Get-Date)',
      'Set-AuthConfig -PublishCertificate',
      'Set-AuthConfig -ClearPreviousCertificate',
      'MSExchangeServiceHost',
    ]) {
      expect(f.fix).toContain(step);
    }
  });

  it('near expiry: stage the next certificate 48 hours ahead', () => {
    const f = one(inspect(authCert({ notAfter: new Date(now.getTime() + 45 * day) }).der, { role: 'exchange-auth' }, 'auth.cer').findings, 'cert.expires-soon');
    expect(f.severity).toBe('warning');
    expect(f.fix).toContain('-NewCertificateEffectiveDate (Get-Date).AddDays(2)');
    expect(f.fix).toContain('MonitorExchangeAuthCertificate.ps1');
  });

  it('key size is checked', () => {
    expect(one(inspect(authCert({ key: rsaKey(1024) }).der, { role: 'exchange-auth' }, 'auth.cer').findings, 'cert.key-too-small').fix).toContain('New-ExchangeCertificate -KeySize 2048');
  });
});

describe('tls', () => {
  const tls = (der: Uint8Array, store = trusted, host = 'atl-cs-001.litwareinc.com', chainFile?: Uint8Array) =>
    inspectCertificate(chainFile ?? der, 'pool.pem', { role: 'tls', now, password: null, host, trustStore: store });
  const pem = (...certs: { pem: string }[]) => new TextEncoder().encode(certs.map((c) => c.pem).join(''));

  it('a certificate from a trusted CA, naming the host, with serverAuth: no finding', () => {
    const leaf = cert();
    const result = tls(leaf.der, trusted, 'atl-cs-001.litwareinc.com', pem(leaf, issuing));
    expect(result.findings).toEqual([]);
    expect(result.trust).toEqual({ trusted: true, reason: null });
  });

  it('cert.untrusted-chain: no trusted root, or an issuer missing from the file', () => {
    const leaf = cert();
    expect(one(tls(leaf.der, emptyStore, 'atl-cs-001.litwareinc.com', pem(leaf, issuing, root)).findings, 'cert.untrusted-chain').detail).toContain('Litware Root CA is self-signed and not in the trust store');
    const missing = one(tls(leaf.der, trusted).findings, 'cert.untrusted-chain');
    expect(missing.detail).toContain('Litware Issuing CA');
    expect(missing.fix).toContain('Trusted Root Certification Authorities');
  });

  it('cert.untrusted-chain when an issuing CA has expired', () => {
    const oldCa = makeCa({ issuer: root, commonName: 'Old Issuing CA', key, notBefore: new Date('2020-01-01'), notAfter: new Date('2026-01-01') });
    const leaf = makeCertificate({ issuer: oldCa, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'], notBefore: new Date('2025-06-01'), notAfter: new Date('2027-06-01') });
    expect(one(tls(leaf.der, trusted, 'atl-cs-001.litwareinc.com', pem(leaf, oldCa)).findings, 'cert.untrusted-chain').detail).toContain('Old Issuing CA is outside its validity period');
  });

  it('cert.hostname-mismatch names the host and what the certificate names', () => {
    const leaf = cert();
    const f = one(tls(leaf.der, trusted, 'autodiscover.litwareinc.com', pem(leaf, issuing)).findings, 'cert.hostname-mismatch');
    expect(f.detail).toContain('autodiscover.litwareinc.com');
    expect(f.detail).toContain('atl-cs-001.litwareinc.com');
  });

  it('cert.no-server-auth when an EKU is present without Server Authentication; none when no EKU', () => {
    const clientOnly = cert({ extendedKeyUsages: ['clientAuth'] });
    expect(one(tls(clientOnly.der, trusted, 'atl-cs-001.litwareinc.com', pem(clientOnly, issuing)).findings, 'cert.no-server-auth').detail).toContain('clientAuth');
    const noEku = cert({ extendedKeyUsages: null });
    expect(tls(noEku.der, trusted, 'atl-cs-001.litwareinc.com', pem(noEku, issuing)).findings).toEqual([]);
  });

  it('cert.self-signed is a warning for an endpoint, beside the untrusted chain', () => {
    const self = makeCertificate({ commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'], key, notBefore: new Date('2026-01-01'), notAfter: new Date('2028-01-01') });
    expect(ids(tls(self.der, emptyStore).findings)).toEqual(['cert.untrusted-chain:error', 'cert.self-signed:warning']);
    const pinnedByImport = buildTrustStore({ bundled: [], system: null, imported: [{ file: 'self.cer', pem: self.pem }] });
    expect(ids(tls(self.der, pinnedByImport).findings)).toEqual(['cert.self-signed:warning']);
  });

  it('says so when the issuer is a trusted root with an EC key, which this tool cannot verify', () => {
    const ecRoot = ecCertificateFromOpenssl('Litware EC CA');
    const store = buildTrustStore({ bundled: [], system: null, imported: [{ file: 'ec-root.pem', pem: ecRoot.certificatePem }] });
    const leaf = rsaCertificateSignedByEc({ key, commonName: 'atl-cs-001.litwareinc.com', issuerName: 'Litware EC CA', dnsNames: ['atl-cs-001.litwareinc.com'] });
    const result = tls(leaf, store);
    expect(result.certificate?.leaf.signatureAlgorithm).toBe('ecdsa-with-SHA256');
    expect(one(result.findings, 'cert.untrusted-chain').detail).toContain('CN=Litware EC CA is a trusted root with an EC key, which this tool cannot verify');
  });

  it('a SHA-1 intermediate is a weak signature too', () => {
    const sha1Ca = makeCa({ issuer: root, commonName: 'SHA1 Issuing CA', key, hash: 'sha1' });
    const leaf = makeCertificate({ issuer: sha1Ca, key, commonName: 'atl-cs-001.litwareinc.com', dnsNames: ['atl-cs-001.litwareinc.com'] });
    expect(one(tls(leaf.der, trusted, 'atl-cs-001.litwareinc.com', pem(leaf, sha1Ca)).findings, 'cert.weak-signature').detail).toContain('CN=SHA1 Issuing CA');
  });
});

describe('files that cannot be read become findings, never exceptions', () => {
  const pfx = pfxFromOpenssl({ certificates: [cert()], password: 'right', encryption: '3des' });

  it.each([
    ['cert.password-required', pfx, null],
    ['cert.password-wrong', pfx, 'wrong'],
    ['cert.unreadable', new TextEncoder().encode('garbage'), null],
  ])('%s', (id, bytes, password) => {
    const result = inspectCertificate(bytes, 'oauth.pfx', { role: 'oauth-issuer', now, password });
    expect(result.certificate).toBeNull();
    expect(result.findings).toMatchObject([{ id, severity: 'error', subject: 'oauth.pfx' }]);
    expect(JSON.stringify(result)).not.toContain('right');
  });
});
