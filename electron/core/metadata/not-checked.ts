/** `check --offline` checks the saved documents the project names; a side without one is said to be unchecked. */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import { roleMessage, type MetadataRole } from './well-known-services.js';

export function notCheckedFinding(role: MetadataRole, field: 'lyncMetadataFile' | 'exchangeMetadataFile'): Finding {
  return finding('metadata.not-checked', 'warning', {
    subject: field,
    detail: msg('metadata.not-checked.detail', { role: roleMessage[role], field }),
    fix: msg('metadata.not-checked.fix', { command: 's2s-wizard fetch-metadata <url> --save <file>', field }),
  });
}
