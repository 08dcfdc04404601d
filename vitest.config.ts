import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { appVersionDefine } from './electron.vite.config.js';

export default defineConfig({
  plugins: [react()],
  define: appVersionDefine,
  test: {
    globals: true,
    include: ['electron/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    typecheck: { include: ['electron/**/*.test-d.ts'], tsconfig: './tsconfig.node.json' },
    environment: 'node',
    setupFiles: ['renderer/src/test-setup.ts'],
    testTimeout: 30_000,
  },
});
