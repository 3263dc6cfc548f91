/** A fake Origin Private File System folder for tests of the browser's automatic backups. */
import type { BackupDirectory, BackupFileHandle } from '../../../renderer/platform/web-backups';

/**
 * An in-memory stand-in for an Origin Private File System folder, with its one property that
 * matters here: a file's new content appears only when its writable stream is closed.
 */
export class FakeDirectory implements BackupDirectory {
  readonly files = new Map<string, string>();
  readonly folders = new Set<string>();
  failClose = false;

  async getFileHandle(name: string, options?: { create?: boolean }): Promise<BackupFileHandle> {
    if (this.folders.has(name)) throw new TypeError('TypeMismatchError');
    if (!this.files.has(name)) {
      if (!options?.create) throw new Error('NotFoundError');
      this.files.set(name, '');
    }
    return {
      getFile: async () => {
        const text = this.files.get(name) ?? '';
        return { size: new Blob([text]).size, text: async () => text };
      },
      createWritable: async () => {
        let pending = '';
        return {
          write: async (data: string) => {
            pending += data;
          },
          close: async () => {
            if (this.failClose) throw new Error('QuotaExceededError');
            this.files.set(name, pending);
          },
        };
      },
    };
  }

  async removeEntry(name: string): Promise<void> {
    this.files.delete(name);
  }

  async *keys(): AsyncIterable<string> {
    yield* [...this.files.keys(), ...this.folders];
  }
}
