/**
 * Writes a file so that the target is either the complete new content or untouched: the bytes go
 * to a temporary file in the same directory (so the final rename stays on one file system and is
 * atomic), are flushed to disk with fsync, and only then renamed over the target. If anything
 * fails, the temporary file is removed and the error is rethrown for the caller to map.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The hidden temporary name used while writing `target`, e.g. `.minutes.md.3f9a….tmp`. */
export function tempPathFor(target: string): string {
  const suffix = randomBytes(8).toString('hex');
  return path.join(path.dirname(target), `.${path.basename(target)}.${suffix}.tmp`);
}

async function fsyncDirectory(dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a directory for fsync.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Atomically replaces `target` with `data` (text as UTF-8) and returns the number of bytes written.
 * `target` must be an absolute path: it is the path the user chose, never one built from input.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<number> {
  if (!path.isAbsolute(target)) throw new Error(`refusing to write a relative path: ${target}`);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const temp = tempPathFor(target);
  try {
    // 'wx': fail rather than follow or clobber anything that already sits at the temp name.
    const handle = await fs.open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(target)).catch(() => undefined);
  return bytes.byteLength;
}
