/**
 * Whether two projects hold the same values, whatever the order of their keys: a project read back from its file
 * and the same project edited back to what it was are equal. `null` (a file that cannot be read) equals nothing.
 */
import type { Project } from '../../../electron/core/model/project';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

export function sameProject(a: Project | null, b: Project | null): boolean {
  return a !== null && b !== null && sameValue(a, b);
}
