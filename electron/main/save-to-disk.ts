/**
 * The one way the shell writes a user's file: the native save dialog proposes the suggested name
 * in the Documents folder, and the bytes are written atomically to exactly the path the user
 * chose. Shared by `saveFile` and `printToPdf`.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import type { FileFilter, SavedFile } from '../shared/ipc-contract';
import { err, ok, type Result } from '../shared/result';
import { writeFileAtomic } from './atomic-write';

/** Shows the save dialog over the calling window; null if the user cancelled. */
export async function askSavePath(
  sender: WebContents,
  suggestedName: string,
  filters: FileFilter[],
): Promise<string | null> {
  const options: SaveDialogOptions = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters,
    properties: ['showOverwriteConfirmation', 'createDirectory'],
  };
  const owner = BrowserWindow.fromWebContents(sender);
  const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  return result.filePath;
}

/**
 * Asks where to save and writes `data` there atomically. `cancelled` if the user closed the
 * dialog; `write-failed` (with the OS error as detail) if the file could not be written.
 */
export async function saveWithDialog(
  sender: WebContents,
  suggestedName: string,
  filters: FileFilter[],
  data: string | Uint8Array,
): Promise<Result<SavedFile>> {
  const target = await askSavePath(sender, suggestedName, filters);
  if (target === null) return err({ code: 'cancelled' });
  if (!path.isAbsolute(target))
    return err({ code: 'write-failed', detail: 'the dialog returned a relative path' });
  try {
    const bytes = await writeFileAtomic(target, data);
    return ok({ path: target, bytes });
  } catch (error) {
    return err({ code: 'write-failed', detail: error instanceof Error ? error.message : String(error) });
  }
}
