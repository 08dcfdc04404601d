/** `check --offline` checks the saved documents the project names; a side without one is said to be unchecked. */
import { finding, type Finding } from '../findings.js';
import { roleName, type MetadataRole } from './well-known-services.js';

export function notCheckedFinding(role: MetadataRole, field: 'lyncMetadataFile' | 'exchangeMetadataFile'): Finding {
  return finding('metadata.not-checked', 'warning', {
    subject: field,
    detail: `Offline, and the project names no saved copy of the ${roleName[role]} metadata document (${field}), so it was not checked.`,
    fix: `Fetch it once where the server is reachable and save it into the project folder: the Metadata step's "Save into the project folder", or s2s-wizard fetch-metadata <url> --save <file> and set ${field} to that file.`,
  });
}
