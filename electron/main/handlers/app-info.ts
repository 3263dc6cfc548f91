/** `appInfo`: what the renderer may know about the running app (name, versions, data folder). */
import { app } from 'electron';
import { ok } from '../../shared/result';
import type { InvokeHandler } from './types';

/** Reports the app name and version, platform, Electron/Chrome versions and the userData path. */
export const appInfoHandler: InvokeHandler<'appInfo'> = {
  failure: 'unavailable',
  run: async () =>
    ok({
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      electron: process.versions.electron ?? '',
      chrome: process.versions.chrome ?? '',
      userDataPath: app.getPath('userData'),
    }),
};
