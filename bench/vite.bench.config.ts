/**
 * Builds the benchmark's own pages (never shipped): the blank React page the start time is compared
 * with, and the harness that seeds the reference workspace and makes the exports. They are served
 * under /bench/ next to the production build of the app, so they share its origin and IndexedDB.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: './',
  publicDir: false,
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: `${here}../.tmp/bench/pages`,
    emptyOutDir: true,
    target: 'es2023',
    assetsInlineLimit: 0,
    rollupOptions: {
      input: { blank: `${here}blank/index.html`, harness: `${here}harness/index.html` },
    },
  },
});
