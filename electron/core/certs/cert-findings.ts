/** Finding ids raised by the certificate checks (check-certificate.ts, load-finding.ts, project-certificates.ts). */
export const certFindings = {
  'cert.unreadable': 'The certificate file cannot be read',
  'cert.password-required': 'The PFX file needs its password',
  'cert.password-wrong': 'The password does not open the PFX file',
  'cert.unsupported-algorithm': 'The certificate uses an algorithm this tool cannot read (EC/ECDSA)',
  'cert.expired': 'The certificate has expired',
  'cert.not-yet-valid': 'The certificate is not valid yet',
  'cert.expires-soon': 'The certificate expires soon',
  'cert.key-too-small': 'The key is smaller than 2048 bits',
  'cert.weak-signature': 'The certificate is signed with a weak hash',
  'cert.no-private-key': 'The file holds no private key for the certificate',
  'cert.subject-missing-sip-domain': 'The SIP domain is not in the subject or the SANs',
  'cert.hostname-mismatch': 'The host name is not in the certificate',
  'cert.untrusted-chain': 'The certificate does not chain to a trusted root',
  'cert.self-signed': 'The certificate is self-signed',
  'cert.no-server-auth': 'The certificate is not for server authentication',
  'cert.ca-unreadable': 'A trusted CA file cannot be read',
} as const satisfies Record<string, string>;
