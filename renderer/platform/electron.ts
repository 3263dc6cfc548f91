/** The shell of the desktop app: every call goes through the preload bridge to the main process. */
import type { TandemBridge } from '../../electron/shared/ipc-contract';
import type { Platform } from './platform';

export function createElectronPlatform(bridge: TandemBridge): Platform {
  return {
    kind: 'electron',
    saveFile(file) {
      return bridge.saveFile({ suggestedName: file.name, filters: file.filters, data: file.data });
    },
    printDocument(document) {
      return bridge.printToPdf({
        suggestedName: document.name,
        html: document.html,
        pageSize: 'A4',
        landscape: false,
      });
    },
    openAppWindow(route) {
      // Main allows window.open only for the app's own origin and opens it as a hardened window.
      const url = new URL(window.location.href);
      url.hash = route;
      return window.open(url.href, '_blank') !== null;
    },
    async listDisplays() {
      const result = await bridge.listDisplays();
      return result.ok ? result.value : [];
    },
    setLanguage(language) {
      void bridge.setLanguage(language);
    },
    onMenuCommand(listener) {
      return bridge.onMenuCommand(listener);
    },
    writeBackup(json) {
      return bridge.writeBackup({ json });
    },
    listBackups() {
      return bridge.listBackups();
    },
    readBackup(id) {
      return bridge.readBackup(id);
    },
  };
}
