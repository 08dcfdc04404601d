/**
 * What the full walk-through needs around the wizard: a test CA, the Lync OAuthTokenIssuer certificate (a PFX with
 * a password made for this run) and the Exchange Auth certificate (self-signed, as Exchange makes it), their files
 * in the session's folder, and two loopback HTTPS servers standing in for the Lync pool (its metadata document)
 * and Exchange (Autodiscover's metadata document and the EWS answer the trust probe reads). The servers present
 * certificates of the test CA, which the wizard only trusts once the walk adds the CA file to the project.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeTestPki, startHttpsServer, type LoopbackServer } from './loopback-https.js';
import { ewsBearerChallenge, exchangeDocument, lyncDocument, lyncServiceId } from './metadata-documents.js';
import { makeCertificate, pfxFromOpenssl, type TestCertificate } from './test-pki.js';
import type { WizardSession } from './wizard-page.js';

export const walkthroughTopology = {
  sipDomain: 'litwareinc.com',
  pool: 'atl-cs-001.litwareinc.com',
  autodiscover: 'autodiscover.litwareinc.com',
  exchangeServer: 'atl-exchange-001.litwareinc.com',
  testUser: 'sip:kenmyer@litwareinc.com',
} as const;

export interface WalkthroughFixture {
  root: TestCertificate;
  oauth: TestCertificate;
  auth: TestCertificate;
  /** The PFX's password, made for this run: the test checks it is written nowhere. */
  pfxPassword: string;
  lyncServer: LoopbackServer;
  exchangeServer: LoopbackServer;
  urls: { lyncMetadata: string; exchangeMetadata: string; ews: string };
  /** Absolute paths: the files the "user" picks, and those the wizard writes when asked. */
  files: { oauthPfx: string; authCer: string; rootCer: string; project: string; bundleFolder: string; bundleZip: string; report: string; handoverFolder: string };
  /** The documents as the servers send them. */
  bodies: { lync: string; exchange: string };
  close(): Promise<void>;
}

const json = { 'content-type': 'application/json; charset=utf-8' };

/** Makes the certificates and files in `session.dataDir` and starts both stand-ins, resolvable only by the session's backend. */
export async function startWalkthroughFixture(session: WizardSession): Promise<WalkthroughFixture> {
  const { sipDomain, pool, autodiscover } = walkthroughTopology;
  const pki = makeTestPki('Litware Walk-through Root CA');
  const oauth = makeCertificate({ issuer: pki.root, key: pki.key, commonName: sipDomain, dnsNames: [sipDomain], extendedKeyUsages: ['serverAuth', 'clientAuth'] });
  const auth = makeCertificate({ commonName: 'Microsoft Exchange Server Auth Certificate', key: pki.key, extendedKeyUsages: null });
  const pfxPassword = randomBytes(12).toString('base64url');
  const bodies = { lync: JSON.stringify(lyncDocument(sipDomain, [oauth])), exchange: JSON.stringify(exchangeDocument([auth])) };

  const lyncServer = await startHttpsServer([pki.leaf(pool), pki.root], (request, response) => {
    if (request.url === '/metadata/json/1') response.writeHead(200, json).end(bodies.lync);
    else response.writeHead(404).end();
  });
  const exchangeServer = await startHttpsServer([pki.leaf(autodiscover), pki.root], (request, response) => {
    if (request.url === '/autodiscover/metadata/json/1') response.writeHead(200, json).end(bodies.exchange);
    // EWS refuses the anonymous request and names the issuers it trusts: Lync of this realm is one of them.
    else if (request.url === '/EWS/Exchange.asmx') response.writeHead(401, { 'www-authenticate': ewsBearerChallenge([`${lyncServiceId}@${sipDomain}`]) }).end();
    else response.writeHead(404).end();
  });
  session.backend.loopbackHosts.push(pool, autodiscover);

  const certs = join(session.dataDir, 'certs');
  await mkdir(certs, { recursive: true });
  const files = {
    oauthPfx: join(certs, 'oauth-issuer.pfx'),
    authCer: join(certs, 'exchange-auth.cer'),
    rootCer: join(certs, 'litware-root.cer'),
    project: join(session.dataDir, 'litwareinc.s2s.json'),
    bundleFolder: join(session.dataDir, 'bundle'),
    bundleZip: join(session.dataDir, 'litwareinc-bundle.zip'),
    report: join(session.dataDir, 'litwareinc-evidence.html'),
    handoverFolder: join(session.dataDir, 'handover'),
  };
  await writeFile(files.oauthPfx, pfxFromOpenssl({ certificates: [oauth, pki.root], password: pfxPassword, encryption: 'aes256' }));
  await writeFile(files.authCer, auth.der);
  await writeFile(files.rootCer, pki.root.der);

  return {
    root: pki.root,
    oauth,
    auth,
    pfxPassword,
    lyncServer,
    exchangeServer,
    urls: {
      lyncMetadata: `${lyncServer.origin(pool)}/metadata/json/1`,
      exchangeMetadata: `${exchangeServer.origin(autodiscover)}/autodiscover/metadata/json/1`,
      ews: `${exchangeServer.origin(autodiscover)}/EWS/Exchange.asmx`,
    },
    files,
    bodies,
    close: async () => {
      await Promise.all([lyncServer.close(), exchangeServer.close()]);
    },
  };
}
