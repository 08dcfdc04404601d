import { useRef, useState } from 'react';
import type { Project } from '../../../../electron/core/model/project';
import type { TlsProbeReport } from '../../../../electron/core/net/tls-probe';
import type { ProbeEndpoint } from '../../../../electron/shared/channels/certificate-channels';

export type ProbeState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; report: TlsProbeReport }
  | { status: 'failed'; message: string }
  | { status: 'cancelled' };

/** Runs the live TLS probe of one endpoint in main, with an operation id so it can be cancelled. */
export function useEndpointProbe(endpoint: ProbeEndpoint) {
  const [state, setState] = useState<ProbeState>({ status: 'idle' });
  const operation = useRef<string | null>(null);

  const run = async (project: Project) => {
    const id = crypto.randomUUID();
    operation.current = id;
    setState({ status: 'running' });
    const result = await window.s2s.probeEndpoint(id, endpoint, project);
    if (operation.current !== id) return;
    operation.current = null;
    if (result.ok) setState({ status: 'done', report: result.value });
    else if (result.error.code === 'tls.cancelled') setState({ status: 'cancelled' });
    else setState({ status: 'failed', message: result.error.message });
  };

  const cancel = async () => {
    if (operation.current) await window.s2s.cancelProbe(operation.current);
  };

  return { state, run, cancel };
}
