/**
 * The shell of the plain browser version: files become downloads, PDFs go through the browser's
 * print dialog, extra windows open with `window.open` on the same origin. There is no native menu.
 */
import { ok } from '../../electron/shared/result';
import type { Platform } from './platform';
import { createOpfsBackups } from './web-backups';

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function printInFrame(html: string): Promise<void> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.className = 'print-frame';
    frame.sandbox.add('allow-modals', 'allow-same-origin');
    frame.addEventListener('load', () => {
      frame.contentWindow?.print();
      frame.remove();
      resolve();
    });
    frame.srcdoc = html;
    document.body.append(frame);
  });
}

export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    ...createOpfsBackups(),
    async saveFile(file) {
      const blob = new Blob([file.data], { type: file.mimeType });
      download(file.name, blob);
      return ok({ path: file.name, bytes: blob.size });
    },
    async printDocument(document) {
      await printInFrame(document.html);
      return ok(null);
    },
    openAppWindow(route) {
      const url = new URL(window.location.href);
      url.hash = route;
      return window.open(url.href, '_blank', 'popup') !== null;
    },
    async listDisplays() {
      return [];
    },
    setLanguage() {
      // The browser has no native menu to translate.
    },
    onMenuCommand() {
      return () => {};
    },
  };
}
