/**
 * Many HTTPS servers on 127.0.0.1, one per delay, each answering every request after its delay, in a worker
 * thread: like remote servers, their TLS work does not share the time of the thread that runs the checks (or the
 * wizard's IPC handlers), so a benchmark of that thread measures only its own work. Answers are canned per path;
 * any other path gets 404.
 */
import { Worker } from 'node:worker_threads';
import { certificatePem, type TestCertificate } from './test-pki.js';

export interface CannedResponse {
  status: number;
  headers?: Record<string, string | string[]>;
  body?: string;
}

export interface DelayedServers {
  /** One port per delay, in the same order. */
  ports: number[];
  close(): Promise<void>;
}

const serversInWorker = `
const https = require('node:https');
const { parentPort, workerData } = require('node:worker_threads');
const answer = (request, response) => {
  const canned = workerData.routes[request.url];
  if (!canned) return response.writeHead(404).end();
  response.writeHead(canned.status, canned.headers || {}).end(canned.body || '');
};
const servers = workerData.delays.map((delay) =>
  https.createServer({ key: workerData.key, cert: workerData.cert }, (request, response) => setTimeout(() => answer(request, response), delay)),
);
Promise.all(servers.map((s) => new Promise((resolve) => s.listen(0, '127.0.0.1', () => resolve(s.address().port))))).then((ports) => parentPort.postMessage(ports));
parentPort.on('message', () => {
  servers.forEach((s) => s.closeAllConnections());
  Promise.all(servers.map((s) => new Promise((r) => s.close(r)))).then(() => process.exit(0));
});
`;

/** `certificates`: the leaf first (its key is the servers'), then any chain they should send. */
export async function startDelayedServersInWorker(options: { delays: readonly number[]; certificates: readonly TestCertificate[]; routes: Record<string, CannedResponse> }): Promise<DelayedServers> {
  const [leaf] = options.certificates;
  if (!leaf) throw new Error('startDelayedServersInWorker needs a certificate');
  const worker = new Worker(serversInWorker, { eval: true, workerData: { delays: options.delays, key: leaf.keyPem, cert: certificatePem(options.certificates), routes: options.routes } });
  const ports = await new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    ports,
    close: () =>
      new Promise((resolve) => {
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
