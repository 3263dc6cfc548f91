/**
 * `appInfo`: what the renderer may know about the running app (name, versions). No path of the
 * machine: the page has no use for one, so the userData folder stays in main.
 */
import { app } from 'electron';
import { ok } from '../../shared/result';
import type { InvokeHandler } from './types';

/** Reports the app name and version, platform and the Electron/Chrome versions. */
export const appInfoHandler: InvokeHandler<'appInfo'> = {
  failure: 'unavailable',
  run: async () =>
    ok({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
    }),
};
