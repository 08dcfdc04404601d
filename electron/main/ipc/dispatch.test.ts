import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRealBackend } from '../../../tests/helpers/real-backend.js';
import { emptyProject } from '../../core/model/project.js';
import { ok } from '../../core/result.js';
import { channels } from '../../shared/ipc-contract.js';
import { createDispatch, type Handlers } from './dispatch.js';

const backend = async () => createRealBackend(await mkdtemp(join(tmpdir(), 's2s-dispatch-')));

describe('createDispatch', () => {
  it('refuses a channel that is not in the contract', async () => {
    const { dispatch } = await backend();
    expect(await dispatch('fs:read', ['/etc/passwd'])).toEqual({
      ok: false,
      error: { code: 'ipc.unknown-channel', message: "There is no IPC channel named 'fs:read'.", text: { key: 'error.ipc.unknown-channel', params: { channel: 'fs:read' } } },
    });
  });

  it.each([
    ['project:validate', [], 'project:validate: arguments'],
    ['project:validate', [{ schemaVersion: 1, exchangeServers: 'x' }], 'argument 0.exchangeServers must be a list of host names'],
    ['project:validate', ['<script>'], 'argument 0'],
    ['project:save', [emptyProject(), 'overwrite-anything'], 'argument 1'],
    ['project:new', ['unexpected'], 'project:new'],
  ])('refuses %s with bad arguments, as data', async (channel, args, message) => {
    const { dispatch } = await backend();
    const result = await dispatch(channel, args);
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('ipc.invalid-arguments');
    expect(result.ok ? '' : result.error.message).toContain(message);
  });

  it('turns an exception in a handler into an error value', async () => {
    const throwing = Object.fromEntries(channels.map((c) => [c, async () => { throw new Error('disk on fire'); }])) as unknown as Handlers;
    expect(await createDispatch(throwing)('app:info', [])).toEqual({
      ok: false,
      error: { code: 'ipc.handler-failed', message: 'app:info failed: disk on fire', text: { key: 'error.ipc.handler-failed', params: { channel: 'app:info', error: 'disk on fire' } } },
    });
  });

  it('passes validated arguments to the real handler', async () => {
    const { dispatch } = await backend();
    const result = await dispatch('project:validate', [{ ...emptyProject(), lyncPoolFqdn: 'atl cs 001' }]);
    expect(result.ok).toBe(true);
    const value = result.ok ? (result.value as { findings: { id: string; subject: string }[] }) : null;
    expect(value?.findings).toContainEqual(expect.objectContaining({ id: 'project.invalid-fqdn', subject: 'lyncPoolFqdn' }));
    expect(await dispatch('app:info', [])).toEqual(ok({ name: 's2s-wizard', version: 'test' }));
  });
});
