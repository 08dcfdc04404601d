import { bench, describe } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../../bin/s2s-wizard.mjs', import.meta.url));
const project = fileURLToPath(new URL('../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url));

describe('CLI', () => {
  bench('s2s-wizard check <example> --json, cold start of a node process', () => {
    execFileSync(process.execPath, [bin, 'check', project, '--json']);
  }, { iterations: 10, time: 0 });
});
