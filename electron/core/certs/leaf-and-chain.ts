/**
 * Several certificates in one file: the leaf is the one that issued nothing else here (preferring the one whose
 * private key the file holds); the others follow as its chain, issuer after issuer, then any strays.
 */
import type forge from 'node-forge';
import type { DecodedCertificate } from './x509.js';

function issued(issuer: DecodedCertificate, child: DecodedCertificate): boolean {
  return issuer !== child && issuer.facts.thumbprint !== child.facts.thumbprint && issuer.forge.issued(child.forge);
}

export function keyMatches(key: forge.pki.rsa.PrivateKey, certificate: DecodedCertificate): boolean {
  const publicKey = certificate.forge.publicKey as forge.pki.rsa.PublicKey;
  return publicKey.n.equals(key.n) && publicKey.e.equals(key.e);
}

export function pickLeafAndChain(
  certificates: readonly DecodedCertificate[],
  keys: readonly forge.pki.rsa.PrivateKey[],
): { leaf: DecodedCertificate; chain: DecodedCertificate[]; hasPrivateKey: boolean } {
  const unique = certificates.filter((c, i) => certificates.findIndex((o) => o.facts.thumbprint === c.facts.thumbprint) === i);
  const candidates = unique.filter((c) => !unique.some((other) => other !== c && issued(c, other)));
  const pool = candidates.length > 0 ? candidates : unique;
  const withKey = pool.find((c) => keys.some((k) => keyMatches(k, c)));
  const leaf = (withKey ?? pool[0]) as DecodedCertificate;
  const chain: DecodedCertificate[] = [];
  let current = leaf;
  for (;;) {
    const next = unique.find((c) => c !== leaf && !chain.includes(c) && issued(c, current));
    if (!next) break;
    chain.push(next);
    current = next;
  }
  chain.push(...unique.filter((c) => c !== leaf && !chain.includes(c)));
  return { leaf, chain, hasPrivateKey: withKey !== undefined };
}
