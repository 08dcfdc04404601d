import { defineConfig } from 'vitest/config';

/** `npm run bench`: every `*.bench.ts` beside the code it measures; figures are printed, never asserted. */
export default defineConfig({
  test: {
    globals: true,
    environment: 'node',
    benchmark: { include: ['electron/**/*.bench.ts', 'tests/bench/**/*.bench.ts'] },
  },
});
