/**
 * The entry of the Electron main process: lifecycle wiring only. Order matters: userData is
 * pinned and the app scheme registered before `ready`; the security policy is installed before
 * any window or session exists; the single-instance lock is taken before anything else runs.
 */
import { app, BrowserWindow, ipcMain, protocol, session } from 'electron';
import { preferredLanguage } from '../../renderer/i18n/language';
import { APP_SCHEME, type Language } from '../shared/ipc-contract';
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol';
import { createAudienceWindowRouter } from './audience-window';
import { appInfoHandler } from './handlers/app-info';
import { listBackupsHandler, readBackupHandler, writeBackupHandler } from './handlers/backups';
import { listDisplaysHandler } from './handlers/list-displays';
import { printToPdfHandler } from './handlers/print-to-pdf';
import { saveFileHandler } from './handlers/save-file';
import { createSetLanguageHandler } from './handlers/set-language';
import { registerIpcHandlers } from './ipc';
import { applyApplicationMenu } from './menu';
import { pinUserDataPath, preloadPath, rendererDistDir } from './paths';
import { hardenSession, installSecurityPolicy } from './security';
import { claimSingleInstance } from './single-instance';
import { createMainWindow } from './windows';

let mainWindow: BrowserWindow | null = null;
const isDevelopment = !app.isPackaged;

function initialLanguage(): Language {
  return preferredLanguage([app.getLocale()]);
}

function openMainWindow(): void {
  mainWindow = createMainWindow(preloadPath());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function onReady(): void {
  hardenSession(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rendererDistDir(app)));
  const setMenuLanguage = (language: Language): void => applyApplicationMenu(language, isDevelopment);
  setMenuLanguage(initialLanguage());
  registerIpcHandlers(ipcMain, {
    appInfo: appInfoHandler,
    saveFile: saveFileHandler,
    printToPdf: printToPdfHandler,
    listDisplays: listDisplaysHandler,
    setLanguage: createSetLanguageHandler(setMenuLanguage),
    writeBackup: writeBackupHandler,
    listBackups: listBackupsHandler,
    readBackup: readBackupHandler,
  });
  openMainWindow();
}

pinUserDataPath(app);
if (!claimSingleInstance(app, () => mainWindow)) {
  app.quit();
} else {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
  installSecurityPolicy(app, preloadPath(), createAudienceWindowRouter());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
  void app.whenReady().then(onReady);
}
