// Bundles the CLI (electron/cli + core) into out/cli/s2s-wizard.mjs so that `s2s-wizard` runs with plain node.
// npm runs this on install (the `prepare` script); dependencies stay in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['electron/cli/index.ts'],
  outfile: 'out/cli/s2s-wizard.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
