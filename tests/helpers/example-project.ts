/** The seed's example project (tests/fixtures/projects/litwareinc.s2s.json), parsed, for tests that vary it. */
import { readFileSync } from 'node:fs';
import { parseProject } from '../../electron/core/model/project-file.js';
import type { Project, ProjectOptions } from '../../electron/core/model/project.js';

export const exampleProjectPath = new URL('../fixtures/projects/litwareinc.s2s.json', import.meta.url).pathname;

export function exampleProject(patch: Partial<Project> = {}, options: Partial<ProjectOptions> = {}): Project {
  const parsed = parseProject(readFileSync(exampleProjectPath, 'utf8'), exampleProjectPath);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return { ...parsed.value, ...patch, options: { ...parsed.value.options, ...options } };
}
