/**
 * Loopback HTTPS servers for the network tests, on 127.0.0.1 only, with certificates from a CA the test makes
 * (tests/helpers/test-pki.ts). Test host names (atl-cs-001.litwareinc.com…) reach them through `loopbackLookup`,
 * so TLS host-name verification runs for real against the name in the URL. `close()` ends every connection, so a
 * server that never answers leaves nothing behind.
 */
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type AddressInfo, type LookupFunction, type Server, type Socket } from 'node:net';
import { certificatePem, makeCa, makeCertificate, rsaKey, type TestCertificate, type TestKey } from './test-pki.js';

export type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

export interface LoopbackServer {
  port: number;
  /** `https://<host>:<port>` (or http for `startHttpServer`). */
  origin(host: string): string;
  /** Every request received, in order. */
  requests: { method: string; url: string; headers: IncomingMessage['headers']; body: string }[];
  close(): Promise<void>;
}

function track(server: Server): { sockets: Set<Socket>; close(): Promise<void> } {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    sockets,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function serve(handler: Handler, requests: LoopbackServer['requests']) {
  return (request: IncomingMessage, response: ServerResponse) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handler(request, response, body);
    });
  };
}

/** An HTTPS server presenting `certificates` (leaf first, then any chain it should send). */
export async function startHttpsServer(certificates: readonly TestCertificate[], handler: Handler): Promise<LoopbackServer> {
  const [leaf] = certificates;
  if (!leaf) throw new Error('startHttpsServer needs a certificate');
  const requests: LoopbackServer['requests'] = [];
  const server = createHttpsServer({ key: leaf.keyPem, cert: certificatePem(certificates) }, serve(handler, requests));
  const tracked = track(server);
  const port = await listen(server);
  return { port, origin: (host) => `https://${host}:${port}`, requests, close: tracked.close };
}

/** A plain http server (the target of a redirect that must not be followed). */
export async function startHttpServer(handler: Handler): Promise<LoopbackServer> {
  const requests: LoopbackServer['requests'] = [];
  const server = createHttpServer(serve(handler, requests));
  const tracked = track(server);
  const port = await listen(server);
  return { port, origin: (host) => `http://${host}:${port}`, requests, close: tracked.close };
}

/** Accepts TCP connections and never says a word: no TLS handshake, no answer. */
export async function startSilentServer(): Promise<{ port: number; connections: () => number; close(): Promise<void> }> {
  let count = 0;
  const server = createTcpServer(() => void (count += 1));
  const tracked = track(server);
  const port = await listen(server);
  return { port, connections: () => count, close: tracked.close };
}

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createTcpServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Resolves the test's host names to 127.0.0.1 and every other name to ENOTFOUND: no test reaches outside
 * 127.0.0.0/8, and a name missing from the list is a real DNS failure.
 */
export function loopbackLookup(names: readonly string[]): LookupFunction {
  const known = new Set(names.map((n) => n.toLowerCase()));
  return (hostname, options, callback) => {
    const all = typeof options === 'object' && options !== null && (options as { all?: boolean }).all === true;
    if (!known.has(hostname.toLowerCase())) {
      const error = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND', hostname });
      (callback as (e: NodeJS.ErrnoException | null) => void)(error);
      return;
    }
    if (all) (callback as (e: null, addresses: { address: string; family: number }[]) => void)(null, [{ address: '127.0.0.1', family: 4 }]);
    else (callback as (e: null, address: string, family: number) => void)(null, '127.0.0.1', 4);
  };
}

export interface TestPki {
  root: TestCertificate;
  /** One key for every leaf: generating keys is the slow part. */
  key: TestKey;
  leaf(hostName: string, options?: { notAfter?: Date; notBefore?: Date }): TestCertificate;
  selfSigned(hostName: string): TestCertificate;
}

/** A test CA and a factory of server certificates it issues. */
export function makeTestPki(rootName = 'Litware Test Root CA'): TestPki {
  const key = rsaKey();
  const root = makeCa({ commonName: rootName, key });
  return {
    root,
    key,
    leaf: (hostName, options = {}) => makeCertificate({ issuer: root, commonName: hostName, dnsNames: [hostName], key, ...options }),
    selfSigned: (hostName) => makeCertificate({ commonName: hostName, dnsNames: [hostName], key }),
  };
}
