/** IPC events as main sees them, from our own page or from somewhere else. */
import type { IpcMainInvokeEvent } from 'electron';
import { asElectron, FakeBrowserWindow } from './electron-fake';

interface SenderOptions {
  url?: string;
  /** A subframe has a parent frame; only top-level frames may call. */
  subframe?: boolean;
  /** Electron reports no frame when it navigated away or was destroyed. */
  noFrame?: boolean;
}

/** An invoke event from a window created through the fake BrowserWindow. */
export function invokeEvent(options: SenderOptions = {}): IpcMainInvokeEvent {
  const window = new FakeBrowserWindow();
  const frame = { url: options.url ?? 'app://tandem/', parent: options.subframe ? {} : null };
  return asElectron<IpcMainInvokeEvent>({
    sender: window.webContents,
    senderFrame: options.noFrame ? null : frame,
  });
}
