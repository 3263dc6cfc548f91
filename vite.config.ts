/**
 * Builds the renderer (one app for Electron and the browser) and declares the vitest projects.
 * The Electron main process and preload are built by `vite.electron.config.ts`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { CONTENT_SECURITY_POLICY } from './electron/shared/csp.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

/** Re-exported so existing importers of the policy from this config keep working. */
export { CONTENT_SECURITY_POLICY };

/**
 * Writes the shared Content-Security-Policy (electron/shared/csp.ts) into the built index.html.
 * Electron also sends it as a header for every app:// response. Dev mode has no CSP because
 * Vite's dev server injects inline styles and a websocket.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tandem-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: `${here}renderer`,
  base: './',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy()],
  server: { host: '127.0.0.1', port: 4312, strictPort: true },
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    assetsInlineLimit: 0,
    // The one chunk above Vite's 500 kB warning is the PDF writer's fonts (DejaVu Sans and Bold
    // inlined, 1.95 MB), loaded only with the first PDF; what loads at start is budgeted by the bench.
    chunkSizeWarningLimit: 2048,
  },
  test: {
    root: here,
    projects: [
      {
        test: {
          name: 'unit',
          root: here,
          environment: 'node',
          // Property tests run hundreds of cases; at load 20 on 2 cores 5 s is not enough.
          testTimeout: 30_000,
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'data',
          root: here,
          environment: 'node',
          // Real IndexedDB (fake-indexeddb) under property tests and schema upgrades over many rows: at
          // load 20 on 2 cores one took 5 s, timed out, and its late writes broke the next test.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          include: ['tests/data/**/*.test.ts'],
          setupFiles: ['tests/data/setup.ts'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          root: here,
          environment: 'jsdom',
          // Whole screens typed into by user-event; a loaded 2-core machine needs more than 5 s.
          testTimeout: 20_000,
          include: ['tests/ui/**/*.test.tsx'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
    ],
  },
});
