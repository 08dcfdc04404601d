/**
 * The thumbprints each side signs with, from its imported state, as the metadata cross-check takes them: Exchange's
 * AuthConfig current and next certificate, Lync's OAuthTokenIssuer certificates (domain.md §1.4, §6 F3, F4, F12).
 */
import { english, msg } from '../message-catalogue.js';
import type { Message } from '../messages.js';
import type { StateImport, StateSide } from '../state/import-state.js';
import { thumbprintsInUse } from '../state/state-thumbprints.js';
import type { ServerThumbprints } from './cross-check-keys.js';
import type { MetadataRole } from './well-known-services.js';

function named(source: Message, thumbprints: readonly (string | null)[]): ServerThumbprints | null {
  const present = [...new Set(thumbprints.filter((t): t is string => t !== null && t !== '').map((t) => t.toUpperCase()))];
  return present.length > 0 ? { source: english(source), sourceMessage: source, thumbprints: present } : null;
}

/** Null for a side whose state was not imported, or that names no signing certificate (its state findings say so). */
export function serverThumbprints(states: Partial<Record<StateSide, StateImport>>): Record<MetadataRole, ServerThumbprints | null> {
  const { exchange, lync } = states;
  const inUse = thumbprintsInUse(
    exchange?.imported.side === 'exchange' ? exchange.imported.state : null,
    lync?.imported.side === 'lync' ? lync.imported.state : null,
  );
  return {
    exchange:
      exchange && inUse.exchange
        ? named(msg('metadata.key-mismatch.source.exchange', { file: exchange.file, server: exchange.server }), [inUse.exchange.current, inUse.exchange.next])
        : null,
    lync: lync && inUse.lync ? named(msg('metadata.key-mismatch.source.lync', { file: lync.file, server: lync.server }), inUse.lync) : null,
  };
}
