/**
 * The production renderer bundle (out/renderer, written by `npm run build`, which `npm run bench` runs first): each
 * file's size as built and gzipped (zlib's default level, what a web server sends), and the total. The app loads
 * these files from disk, so gzip is a measure of how much code there is rather than of a download.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, bench, describe } from 'vitest';
import { kib, printFigures } from '../helpers/figure-table.js';

const rendererDir = new URL('../../out/renderer', import.meta.url).pathname;

if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`${rendererDir}/index.html is missing: run npm run build first.`);

const files = readdirSync(rendererDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => join(entry.parentPath, entry.name))
  .sort();
const contents = files.map((file) => ({ name: relative(rendererDir, file), bytes: readFileSync(file) }));

afterAll(() => {
  const sizes = contents.map(({ name, bytes }) => ({ name, raw: bytes.length, gzip: gzipSync(bytes).length }));
  const total = (key: 'raw' | 'gzip') => sizes.reduce((sum, size) => sum + size[key], 0);
  const scripts = sizes.filter((size) => size.name.endsWith('.js'));
  printFigures('Production renderer bundle (out/renderer), built and gzipped', [
    ...sizes.map(({ name, raw, gzip }) => [name, `${kib(raw)} (gzip ${kib(gzip)})`] as const),
    ['JavaScript, gzip', kib(scripts.reduce((sum, size) => sum + size.gzip, 0))],
    ['total', `${kib(total('raw'))} (gzip ${kib(total('gzip'))})`],
  ]);
});

describe('renderer bundle', () => {
  bench(
    'gzip every file of the production renderer bundle',
    () => {
      for (const { bytes } of contents) gzipSync(bytes);
    },
    { iterations: 5, time: 0, warmupIterations: 0, warmupTime: 0 },
  );
});
