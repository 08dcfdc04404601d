import { bench, describe } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseProject } from './project-file.js';
import { validateProject } from './validate-project.js';

const text = readFileSync(new URL('../../../tests/fixtures/projects/litwareinc.s2s.json', import.meta.url), 'utf8');
const parsed = parseProject(text, 'litwareinc.s2s.json');
if (!parsed.ok) throw new Error(parsed.error.message);
const project = parsed.value;

describe('project file', () => {
  bench('parse the example project', () => {
    parseProject(text, 'litwareinc.s2s.json');
  });

  bench('validate the example project (every keystroke in the Topology step)', () => {
    validateProject(project);
  });
});
