/**
 * Verifies a certificate file's chain against a trust store, with node-forge so the app and the CLI agree:
 * from the leaf, each certificate must be issued (name and signature) by the next one found among the file's own
 * certificates, until one is issued by, or is, a trusted root. Dates of the issuers are checked on the way; the
 * leaf's own dates are the expiry findings' business.
 */
import forge from 'node-forge';
import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { TrustStore } from '../net/trust-store.js';
import { formatDistinguishedName, readCertificateNames } from './certificate-names.js';
import { readPemBlocks } from './pem-blocks.js';
import type { DecodedCertificate } from './x509.js';

/** An untrusted chain's `reason` in English, and as a message for the UI to say in the user's language. */
export type ChainTrust = { trusted: true; reason: null } | { trusted: false; reason: string; reasonMessage: Message };

export const untrustedChain = (reasonMessage: Message): ChainTrust => ({ trusted: false, reason: english(reasonMessage), reasonMessage });

interface Link {
  cert: forge.pki.Certificate;
  /** The DER, base64: identity of a certificate. */
  der: string;
}

interface Anchors {
  readable: Link[];
  /** Subjects of the roots node-forge cannot read (EC keys): named when one of them would have been the issuer. */
  unreadableSubjects: Set<string>;
}

const anchorCache = new WeakMap<TrustStore, Anchors>();

function anchorsOf(store: TrustStore): Anchors {
  const cached = anchorCache.get(store);
  if (cached) return cached;
  const anchors: Anchors = { readable: [], unreadableSubjects: new Set() };
  for (const pem of store.ca) {
    try {
      const cert = forge.pki.certificateFromPem(pem);
      anchors.readable.push({ cert, der: forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes()) });
    } catch {
      const blocks = readPemBlocks(pem);
      const names = blocks && !('error' in blocks) && blocks[0] ? readCertificateNames(blocks[0].der) : null;
      if (names) anchors.unreadableSubjects.add(names.subject);
    }
  }
  anchorCache.set(store, anchors);
  return anchors;
}

function signs(issuer: Link, child: Link): boolean | 'unsupported' {
  if (!issuer.cert.issued(child.cert)) return false;
  try {
    return issuer.cert.verify(child.cert);
  } catch {
    return 'unsupported';
  }
}

const nameOf = (link: Link): string => formatDistinguishedName(link.cert.subject.attributes);
const outside = (link: Link, now: Date): boolean => now < link.cert.validity.notBefore || now > link.cert.validity.notAfter;

export function verifyChain(leaf: DecodedCertificate, others: readonly DecodedCertificate[], store: TrustStore, now: Date): ChainTrust {
  const { readable: anchors, unreadableSubjects } = anchorsOf(store);
  const intermediates: Link[] = others.map((o) => ({ cert: o.forge, der: o.facts.derBase64 }));
  let current: Link = { cert: leaf.forge, der: leaf.facts.derBase64 };
  const used = new Set<string>([current.der]);
  for (let depth = 0; depth < 10; depth += 1) {
    if (anchors.some((a) => a.der === current.der)) return { trusted: true, reason: null };
    const anchor = anchors.find((a) => signs(a, current) === true);
    if (anchor) {
      return outside(anchor, now) ? untrustedChain(msg('cert.chain.root-outside-validity', { name: nameOf(anchor) })) : { trusted: true, reason: null };
    }
    const candidates = intermediates.filter((c) => !used.has(c.der) && c.cert.issued(current.cert));
    const next = candidates.find((c) => signs(c, current) === true);
    if (!next) {
      if (candidates.some((c) => signs(c, current) === 'unsupported')) {
        return untrustedChain(msg('cert.chain.unverifiable-signature', { name: nameOf(current) }));
      }
      const issuerName = formatDistinguishedName(current.cert.issuer.attributes);
      if (unreadableSubjects.has(issuerName)) return untrustedChain(msg('cert.chain.ec-root', { issuer: issuerName }));
      if (current.cert.isIssuer(current.cert)) return untrustedChain(msg('cert.chain.self-signed', { name: nameOf(current) }));
      return untrustedChain(msg('cert.chain.unknown-issuer', { name: nameOf(current), issuer: issuerName }));
    }
    if (outside(next, now)) {
      return untrustedChain(
        msg('cert.chain.issuer-outside-validity', {
          name: nameOf(next),
          notBefore: { instant: next.cert.validity.notBefore.toISOString() },
          notAfter: { instant: next.cert.validity.notAfter.toISOString() },
        }),
      );
    }
    used.add(next.der);
    current = next;
  }
  return untrustedChain(msg('cert.chain.too-long'));
}
