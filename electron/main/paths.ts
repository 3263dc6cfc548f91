/**
 * Where the shell finds its own files and keeps its data. The main bundle is
 * `dist-electron/main.js`; the preload sits next to it and the renderer build in `dist/` beside
 * that folder, both in the repository and inside app.asar.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { App } from 'electron';

/** The folder of the running main bundle (`dist-electron/`). */
const bundleDir = path.dirname(fileURLToPath(import.meta.url));

/** The sandboxed preload script of every app window. */
export function preloadPath(): string {
  return path.join(bundleDir, 'preload.cjs');
}

/** The built renderer: `<app.asar>/dist` when packaged, `<repo>/dist` in development. */
export function rendererDistDir(app: App): string {
  return app.isPackaged ? path.join(app.getAppPath(), 'dist') : path.join(bundleDir, '..', 'dist');
}

/**
 * Pins the userData folder to `<appData>/Tandem`. IndexedDB, and with it every meeting, lives in
 * userData under the app:// origin; if either the folder (e.g. a renamed package, a dev run with
 * a different name) or the origin changed, the data would be orphaned silently. Call before
 * `ready`.
 */
export function pinUserDataPath(app: App): void {
  app.setPath('userData', path.join(app.getPath('appData'), 'Tandem'));
}
