import { promises as fsp, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempPathFor, writeFileAtomic } from '../../../electron/main/atomic-write';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-atomic-'));
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes text as UTF-8 and returns the byte count', async () => {
    const target = path.join(dir, 'Protokoll.md');
    const bytes = await writeFileAtomic(target, 'Entscheidung über Preise');
    expect(readFileSync(target, 'utf8')).toBe('Entscheidung über Preise');
    expect(bytes).toBe(Buffer.byteLength('Entscheidung über Preise'));
    expect(readdirSync(dir)).toEqual(['Protokoll.md']);
  });

  it('writes bytes as they are', async () => {
    const target = path.join(dir, 'minutes.pdf');
    await writeFileAtomic(target, new Uint8Array([0, 1, 2, 255]));
    expect([...readFileSync(target)]).toEqual([0, 1, 2, 255]);
  });

  it('replaces an existing file completely', async () => {
    const target = path.join(dir, 'minutes.md');
    writeFileSync(target, 'a much longer old content that must not survive');
    await writeFileAtomic(target, 'new');
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('uses a hidden temporary file in the same directory', () => {
    const temp = tempPathFor(path.join(dir, 'minutes.md'));
    expect(path.dirname(temp)).toBe(dir);
    expect(path.basename(temp)).toMatch(/^\.minutes\.md\.[0-9a-f]{16}\.tmp$/);
  });

  it('refuses a relative target', async () => {
    await expect(writeFileAtomic('minutes.md', 'x')).rejects.toThrow(/relative/);
  });

  it('leaves the old target and no temporary file when the rename fails', async () => {
    const target = path.join(dir, 'minutes.md');
    writeFileSync(target, 'old');
    vi.spyOn(fsp, 'rename').mockRejectedValueOnce(new Error('EIO: simulated'));
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow('EIO');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['minutes.md']);
  });

  it('leaves no partial target and no temporary file when writing fails half-way', async () => {
    const target = path.join(dir, 'minutes.md');
    const realOpen = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementationOnce(async (file, flags, mode) => {
      const handle = await realOpen(file, flags, mode);
      handle.writeFile = async () => {
        await handle.write('half of the');
        throw new Error('ENOSPC: simulated');
      };
      return handle;
    });
    await expect(writeFileAtomic(target, 'half of the minutes')).rejects.toThrow('ENOSPC');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves no temporary file and no target when the target is a directory', async () => {
    const target = path.join(dir, 'taken');
    await fsp.mkdir(target);
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readdirSync(target)).toEqual([]);
  });

  it('fails cleanly when the directory does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'minutes.md'), 'x')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
