import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = {
  paths: [{ name: 'electron', message: 'electron/core and the renderer must not import electron: pass what you need in, or go through IPC.' }],
  patterns: [{ group: ['electron/*'], message: 'electron/core and the renderer must not import electron.' }],
};
const noIpcRenderer = {
  paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: 'Only electron/preload may use ipcRenderer.' }],
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', noIpcRenderer],
    },
  },
  {
    files: ['electron/core/**', 'electron/cli/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          ...noElectron,
          patterns: [
            ...noElectron.patterns,
            { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**', 'node:*'], message: 'The renderer reaches main only through window.s2s.' },
            { group: ['**/electron/core/**', '**/electron/shared/**'], allowTypeImports: true, message: 'The renderer may import core and shared types only (import type).' },
          ],
        },
      ],
    },
  },
  {
    // Tests of the renderer run in Node against the real backend (tests/helpers); the app code above may not.
    files: ['renderer/src/**/*.test.{ts,tsx}', 'renderer/src/test-support/**', 'renderer/src/test-setup.ts'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
