/**
 * Subject and issuer of any X.509 certificate, whatever its key algorithm: node-forge refuses EC certificates as a
 * whole, but a trusted CA (or a server) may well have an EC key, and its names are still worth showing.
 */
import forge from 'node-forge';

interface NameAttribute {
  shortName?: string;
  name?: string;
  type?: string;
  value?: unknown;
}

/** `CN=…, O=…` in the certificate's own order, short names where node-forge knows them, else the OID. */
export function formatDistinguishedName(attributes: readonly NameAttribute[]): string {
  return attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

// node-forge has this function but its typings do not declare it.
const rdnAttributesAsArray = (forge.pki as unknown as { RDNAttributesAsArray(rdn: forge.asn1.Asn1): NameAttribute[] }).RDNAttributesAsArray;

function distinguishedName(rdnSequence: forge.asn1.Asn1): string {
  return formatDistinguishedName(rdnAttributesAsArray(rdnSequence));
}

export function readCertificateNames(der: Uint8Array): { subject: string; issuer: string } | null {
  try {
    // Strict, whole input: a truncated certificate must not pass (a broken CA in a TLS context throws at connect).
    const fromDer = forge.asn1.fromDer as unknown as (bytes: forge.util.ByteStringBuffer, options: { strict: boolean; parseAllBytes: boolean }) => forge.asn1.Asn1;
    const asn1 = fromDer(forge.util.createBuffer(Buffer.from(der).toString('binary')), { strict: true, parseAllBytes: true });
    const tbs = (asn1.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1;
    const fields = tbs.value as forge.asn1.Asn1[];
    // Version [0] is optional and shifts the fields by one: serial, signature, issuer, validity, subject.
    const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
    const issuer = fields[2 + offset];
    const subject = fields[4 + offset];
    if (!issuer || !subject || subject.type !== forge.asn1.Type.SEQUENCE) return null;
    return { subject: distinguishedName(subject), issuer: distinguishedName(issuer) };
  } catch {
    return null;
  }
}
