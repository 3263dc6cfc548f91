/**
 * One Tandem per user: two instances would share one IndexedDB and fight over it. A second
 * launch hands over to the first, which brings its window to the front, and then quits.
 */
import type { App, BrowserWindow } from 'electron';
import { focusWindow } from './windows';

/**
 * Takes the single-instance lock. Returns false if another instance holds it (the caller must
 * quit); otherwise focuses `getWindow()` whenever a second instance starts.
 */
export function claimSingleInstance(app: App, getWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  app.on('second-instance', () => {
    const window = getWindow();
    if (window !== null && !window.isDestroyed()) focusWindow(window);
  });
  return true;
}
