#!/usr/bin/env node
// The CLI is bundled by `npm install` (prepare) or `npm run build`; say so plainly if it is missing.
try {
  await import('../out/cli/s2s-wizard.mjs');
} catch (e) {
  if (e?.code === 'ERR_MODULE_NOT_FOUND' && String(e.message).includes('s2s-wizard.mjs')) {
    process.stderr.write('s2s-wizard: the CLI is not built yet; run `npm install` or `npm run build` in the s2s-wizard folder.\n');
    process.exitCode = 2;
  } else {
    throw e;
  }
}
