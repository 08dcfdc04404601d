/** Reading a document: any casing, any of the encodings Windows writes, and clear refusals. */
import { bytesOf, exchangeDocument, keyEntry } from '../../../tests/helpers/metadata-documents.js';
import { makeCertificate } from '../../../tests/helpers/test-pki.js';
import { parseMetadataDocument } from './parse-metadata.js';

const certificate = makeCertificate({ commonName: 'litwareinc.com' });

describe('parseMetadataDocument', () => {
  it('reads property names in any case, and does not touch endpoints[].location', () => {
    const shouting = {
      SERVICENAME: '00000004-0000-0ff1-ce00-000000000000',
      Issuer: '00000004-0000-0ff1-ce00-000000000000@litwareinc.com',
      Keys: [{ Usage: 'SIGNING', KeyInfo: { X5T: 'abc' }, KeyValue: { Type: 'X509CERTIFICATE', Value: Buffer.from(certificate.der).toString('base64') } }],
      Endpoints: [{ Location: 'https://elsewhere.example:444/x', Protocol: 'OAuth2', Usage: 'metadata' }],
    };
    const parsed = parseMetadataDocument(bytesOf(shouting), 'doc.json');
    expect(parsed.ok && parsed.value).toMatchObject({
      serviceName: '00000004-0000-0ff1-ce00-000000000000',
      issuer: '00000004-0000-0ff1-ce00-000000000000@litwareinc.com',
      keysField: 'list',
      keys: [{ usage: 'SIGNING', type: 'X509CERTIFICATE', declaredX5t: 'abc', problem: null }],
      endpoints: [{ location: 'https://elsewhere.example:444/x', protocol: 'OAuth2', usage: 'metadata' }],
    });
    expect(parsed.ok && parsed.value.keys[0]?.certificate?.subject).toBe('CN=litwareinc.com');
  });

  it('accepts JSON-escaped slashes in the base64 value', () => {
    const text = JSON.stringify({ keys: [keyEntry(certificate, 'camel')] }).replace(/\//g, '\\/');
    const parsed = parseMetadataDocument(new Uint8Array(Buffer.from(text)), 'doc.json');
    expect(parsed.ok && parsed.value.keys[0]?.problem).toBeNull();
  });

  it('reads UTF-8 with a BOM and UTF-16LE with a BOM (Windows PowerShell 5.1 redirection)', () => {
    const text = JSON.stringify(exchangeDocument([certificate]));
    const utf8 = parseMetadataDocument(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])), 'a.json');
    const utf16 = parseMetadataDocument(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), 'b.json');
    expect(utf8.ok && utf8.value.name).toBe('Exchange');
    expect(utf16.ok && utf16.value.keys[0]?.certificate?.subject).toBe('CN=litwareinc.com');
  });

  it.each([
    ['an HTML page', '<html><body>Sign in</body></html>', "is not JSON (Unexpected token '<'", "starts with '<html><body>Sign in</body></html>'"],
    ['a cut-off document', '{"keys": [', 'is not JSON', ''],
    ['a list', '[1, 2]', 'is JSON but not an object', 'it is a list'],
    ['nothing', '  \n', 'is empty', ''],
  ])('refuses %s as not-json', (_case, text, message, more) => {
    const parsed = parseMetadataDocument(new Uint8Array(Buffer.from(text)), 'doc.json');
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error.code).toBe('metadata.not-json');
    expect(!parsed.ok && parsed.error.message).toContain(message);
    expect(!parsed.ok && parsed.error.message).toContain(more);
  });

  it('refuses a file over 1 MiB before reading it', () => {
    const parsed = parseMetadataDocument(new Uint8Array(1024 * 1024 + 1), 'big.json');
    expect(!parsed.ok && parsed.error).toMatchObject({ code: 'metadata.too-large', subject: 'big.json' });
  });
});
