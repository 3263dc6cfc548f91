/**
 * Renders an HTML document to PDF in a hidden window. The document comes from the renderer and
 * may contain anything a meeting's text contains, so it is treated as hostile:
 *
 * - It is served from its own origin, `app://print/<random>.html`, in its own in-memory session
 *   (`tandem-print`), not from `app://tandem`: it can never reach our IndexedDB, and it fails the
 *   IPC sender check. A data: URL would be simpler but Chromium caps URLs at 2 MB, too small
 *   for minutes with pictures (we accept up to 50 MB); file:// is never used.
 * - JavaScript is off, the window is sandboxed and has no preload, the session denies every
 *   permission and network request, and a strict CSP allows only inline styles and data: images.
 * - The window is destroyed and the document forgotten whatever happens.
 */
import { randomUUID } from 'node:crypto';
import { BrowserWindow, session, type BrowserWindowConstructorOptions, type Session } from 'electron';
import { APP_SCHEME } from '../shared/ipc-contract';
import { hardenSession } from './security';

/** The origin of documents being printed; deliberately not the app origin. */
export const PRINT_ORIGIN = `${APP_SCHEME}://print`;
/** The partition of the print session: no `persist:` prefix, so nothing is written to disk. */
export const PRINT_PARTITION = 'tandem-print';
/** What a printed document may load: its own inline styles and embedded (data:) images and fonts. */
export const PRINT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

/** The page layout of a PDF. */
export interface PdfLayout {
  pageSize: 'A4' | 'Letter';
  landscape: boolean;
}

const documents = new Map<string, string>();
let printSession: Session | null = null;

function servePrintDocument(request: Request): Response {
  const html = documents.get(request.url);
  const headers = { 'Content-Security-Policy': PRINT_CSP, 'X-Content-Type-Options': 'nosniff' };
  if (html === undefined) return new Response('Not found', { status: 404, headers });
  return new Response(html, {
    status: 200,
    headers: { ...headers, 'Content-Type': 'text/html; charset=utf-8' },
  });
}

function getPrintSession(): Session {
  if (printSession === null) {
    printSession = session.fromPartition(PRINT_PARTITION);
    hardenSession(printSession);
    printSession.protocol.handle(APP_SCHEME, servePrintDocument);
  }
  return printSession;
}

/** The options of the hidden print window: no script, no preload, no Node, separate session. */
export function printWindowOptions(printSessionToUse: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      session: printSessionToUse,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    },
  };
}

/** Loads `html` in a hidden window and prints it to PDF bytes; the window is always destroyed. */
export async function renderPdf(html: string, layout: PdfLayout): Promise<Uint8Array> {
  const url = `${PRINT_ORIGIN}/${randomUUID()}.html`;
  documents.set(url, html);
  const window = new BrowserWindow(printWindowOptions(getPrintSession()));
  try {
    await window.loadURL(url);
    return await window.webContents.printToPDF({ ...layout, printBackground: true });
  } finally {
    documents.delete(url);
    window.destroy();
  }
}
