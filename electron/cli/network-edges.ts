/** The real network edges of the CLI: https.request, the system's DNS, a monotonic clock, TLS contexts; tests replace the first two. */
import { request } from 'node:https';
import { performance } from 'node:perf_hooks';
import { createSecureContext } from 'node:tls';
import type { NetworkEdges } from '../core/net/https-client.js';
import type { CliIo } from './io.js';

export function networkEdges(network: CliIo['network']): NetworkEdges {
  return { request: network?.request ?? request, ...(network?.lookup ? { lookup: network.lookup } : {}), now: () => performance.now(), createSecureContext };
}
