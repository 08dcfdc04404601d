/** package.json's version, put in by Vite's `define` (electron.vite.config.ts, and vitest.config.ts for tests). */
declare const __APP_VERSION__: string;
