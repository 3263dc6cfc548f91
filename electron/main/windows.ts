/**
 * Creating and focusing app windows. Every window gets the options of `security.ts`; this
 * module only decides what to load and when to show it.
 */
import { BrowserWindow } from 'electron';
import { APP_ORIGIN } from '../shared/ipc-contract';
import { appWindowOptions } from './security';

/** The URL of the renderer's single page. */
export const APP_START_URL = `${APP_ORIGIN}/`;

/** Creates the facilitator's main window and loads the renderer. Shown once it has painted. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow(appWindowOptions(preloadPath));
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}

/** Brings a window to the front, restoring it if minimised (used when a second instance starts). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}
