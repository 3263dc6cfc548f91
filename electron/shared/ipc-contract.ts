/**
 * The one contract that the Electron main process, the preload bridge and the renderer compile
 * against. It holds only types and constants: no electron, node:* or DOM imports, so both sides
 * can use it. Main validates every payload against `ipc-schemas.ts` before acting on it.
 */
import type { Language } from '../../renderer/i18n/language';
import type { BackupInfo } from './backups';
import type { Result } from './result';

export type { BackupInfo };

/** The custom scheme and host the renderer is served from inside Electron. Permanent: IndexedDB belongs to this origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'tandem';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The key under which the preload exposes the bridge on `window`. */
export const BRIDGE_KEY = 'tandem';

/** The languages of the UI and of the minutes: one per file in renderer/i18n/languages/. */
export type { Language };

/** IPC channels for request/response calls (renderer → main, `ipcRenderer.invoke`). */
export const INVOKE_CHANNELS = {
  appInfo: 'tandem:app-info',
  saveFile: 'tandem:save-file',
  printToPdf: 'tandem:print-to-pdf',
  listDisplays: 'tandem:list-displays',
  setLanguage: 'tandem:set-language',
  writeBackup: 'tandem:write-backup',
  listBackups: 'tandem:list-backups',
  readBackup: 'tandem:read-backup',
} as const;

export type InvokeMethod = keyof typeof INVOKE_CHANNELS;

/** The one channel main uses to push menu commands to the focused window. */
export const MENU_COMMAND_CHANNEL = 'tandem:menu-command';

/**
 * Commands the application menu sends to the renderer. Only commands the renderer carries out are
 * listed.
 */
export const MENU_COMMANDS = [
  'new-meeting',
  'show-meetings',
  'show-people',
  'show-definitions',
  'show-restore',
  'show-register',
  'import-meeting',
  'export-minutes',
  'audience-view',
  'show-shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** What the renderer may learn about the running app. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  electron: string;
  chrome: string;
}

/** One file filter of the native save dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Ask main to show the save dialog and write the file atomically. */
export interface SaveFileRequest {
  /** A plain file name without any directory, e.g. `minutes-2026-11-27.md`. */
  suggestedName: string;
  filters: FileFilter[];
  /** Text is written as UTF-8; bytes as they are. */
  data: string | Uint8Array;
}

/** Ask main to print a complete HTML document to PDF in a hidden window and save it. */
export interface PrintToPdfRequest {
  suggestedName: string;
  html: string;
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
}

/** Where a file was written. */
export interface SavedFile {
  path: string;
  bytes: number;
}

/** A display attached to the computer, as the renderer needs it to place the audience view. */
export interface DisplayInfo {
  id: number;
  label: string;
  primary: boolean;
  internal: boolean;
  bounds: { x: number; y: number; width: number; height: number };
  scaleFactor: number;
}

/** Ask main to keep an automatic backup; main chooses the file name and rotates the folder. */
export interface WriteBackupRequest {
  /** One meeting in the JSON exchange format. */
  json: string;
}

/** Request and response types of every invoke channel. `undefined`: the method takes no argument. */
export interface InvokeContract {
  appInfo: { request: undefined; response: AppInfo };
  saveFile: { request: SaveFileRequest; response: SavedFile };
  printToPdf: { request: PrintToPdfRequest; response: SavedFile };
  listDisplays: { request: undefined; response: DisplayInfo[] };
  setLanguage: { request: Language; response: null };
  writeBackup: { request: WriteBackupRequest; response: BackupInfo };
  /** Newest first. */
  listBackups: { request: undefined; response: BackupInfo[] };
  /** The request is a backup id (its file name, as listed); the response is the file's text. */
  readBackup: { request: string; response: string };
}

type BridgeMethod<M extends InvokeMethod> = InvokeContract[M]['request'] extends undefined
  ? () => Promise<Result<InvokeContract[M]['response']>>
  : (request: InvokeContract[M]['request']) => Promise<Result<InvokeContract[M]['response']>>;

/** What the preload exposes on `window[BRIDGE_KEY]`: named methods only. */
export type TandemBridge = { [M in InvokeMethod]: BridgeMethod<M> } & {
  /** Calls `listener` for every menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};
