/** `saveFile`: save dialog, then an atomic write of the renderer's text or bytes. */
import { saveWithDialog } from '../save-to-disk';
import type { InvokeHandler } from './types';

/** Writes an export (Markdown, CSV, JSON, …) where the user chooses. */
export const saveFileHandler: InvokeHandler<'saveFile'> = {
  failure: 'write-failed',
  run: async (request, { sender }) =>
    saveWithDialog(sender, request.suggestedName, request.filters, request.data),
};
