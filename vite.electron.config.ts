/**
 * Builds the Electron side into `dist-electron/` (kept apart from the renderer's `dist/`, which
 * `vite build` empties):
 *
 * - `main.js`: the main process as an ES module for Node (Electron 45 ships Node 22). `electron`
 *   and Node's builtins stay external; everything else (zod, the shared contract) is bundled,
 *   because the packaged app carries no node_modules.
 * - `preload.cjs`: the preload as CommonJS, because a sandboxed preload cannot be an ES module.
 *
 * One Rolldown build has one output format, so the preload is a second build that runs when the
 * main build has closed.
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const OUT_DIR = 'dist-electron';
const TARGET = 'node22';
const external = ['electron', /^node:/, ...builtinModules];

const preloadConfig: InlineConfig = {
  configFile: false,
  root,
  publicDir: false,
  build: {
    outDir: OUT_DIR,
    emptyOutDir: false,
    target: TARGET,
    minify: false,
    sourcemap: false,
    lib: { entry: 'electron/preload/index.ts', formats: ['cjs'], fileName: () => 'preload.cjs' },
    rollupOptions: { external },
  },
};

function buildPreload(): Plugin {
  return {
    name: 'tandem-build-preload',
    apply: 'build',
    async closeBundle() {
      await build(preloadConfig);
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [buildPreload()],
  build: {
    outDir: OUT_DIR,
    emptyOutDir: true,
    target: TARGET,
    minify: false,
    sourcemap: false,
    lib: { entry: 'electron/main/index.ts', formats: ['es'], fileName: () => 'main.js' },
    rollupOptions: { external },
  },
});
