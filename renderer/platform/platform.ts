/**
 * What the renderer needs from the shell it runs in. Two implementations sit behind this one
 * interface: Electron (through the preload bridge) and the plain web. One is picked at start
 * (`index.ts`); no other code knows which.
 */
import type {
  BackupInfo,
  DisplayInfo,
  FileFilter,
  Language,
  MenuCommand,
  SavedFile,
} from '../../electron/shared/ipc-contract';
import type { Result } from '../../electron/shared/result';

export type { BackupInfo, DisplayInfo, MenuCommand, SavedFile };

/** A file the user is about to keep: minutes, a register, a meeting export. */
export interface OutgoingFile {
  name: string;
  mimeType: string;
  filters: FileFilter[];
  /** Bytes must sit in a plain ArrayBuffer, as Blob requires in the browser. */
  data: string | Uint8Array<ArrayBuffer>;
}

export interface Platform {
  readonly kind: 'electron' | 'web';
  /** Lets the user keep a file: a native save dialog in Electron, a download in the browser. */
  saveFile(file: OutgoingFile): Promise<Result<SavedFile>>;
  /** Turns a complete HTML document into a PDF: printToPDF in Electron, the print dialog in the browser. */
  printDocument(document: { name: string; html: string }): Promise<Result<SavedFile | null>>;
  /** Opens another window of the app at a hash route, e.g. `#/audience`. */
  openAppWindow(route: string): boolean;
  listDisplays(): Promise<DisplayInfo[]>;
  /** Tells the shell the UI language, so native menus follow it. */
  setLanguage(language: Language): void;
  /** Calls `listener` for application-menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Keeps a meeting file as an automatic backup, outside IndexedDB: `<userData>/backups` in
   * Electron, the Origin Private File System in the browser. The shell names the file and keeps
   * the newest 20. `unavailable` where the browser offers no such storage.
   */
  writeBackup(json: string): Promise<Result<BackupInfo>>;
  /** The backups, newest first. */
  listBackups(): Promise<Result<BackupInfo[]>>;
  /** The text of one backup, by the id the list gave. */
  readBackup(id: string): Promise<Result<string>>;
}
