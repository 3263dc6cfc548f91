/** `printToPdf`: render the renderer's HTML to PDF in a hidden window, then save it like any file. */
import { renderPdf } from '../print-window';
import { saveWithDialog } from '../save-to-disk';
import type { InvokeHandler } from './types';

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/** Prints the minutes to PDF and writes them where the user chooses. */
export const printToPdfHandler: InvokeHandler<'printToPdf'> = {
  failure: 'print-failed',
  run: async (request, { sender }) => {
    const pdf = await renderPdf(request.html, { pageSize: request.pageSize, landscape: request.landscape });
    return saveWithDialog(sender, request.suggestedName, PDF_FILTERS, pdf);
  },
};
