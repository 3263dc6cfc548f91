import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { appInfoHandler } from '../../../electron/main/handlers/app-info';
import { listDisplaysHandler } from '../../../electron/main/handlers/list-displays';
import { printToPdfHandler } from '../../../electron/main/handlers/print-to-pdf';
import { saveFileHandler } from '../../../electron/main/handlers/save-file';
import { createSetLanguageHandler } from '../../../electron/main/handlers/set-language';
import { guardHandler } from '../../../electron/main/ipc';
import type {
  AppInfo,
  PrintToPdfRequest,
  SaveFileRequest,
  TandemBridge,
} from '../../../electron/shared/ipc-contract';
import type { Result } from '../../../electron/shared/result';
import { app, dialog, FakeBrowserWindow, resetElectronFake, screen } from './electron-fake';
import { invokeEvent } from './ipc-fixtures';

vi.mock('electron', () => import('./electron-fake'));

let dir: string;

beforeEach(() => {
  resetElectronFake();
  dir = mkdtempSync(path.join(tmpdir(), 'tandem-handlers-'));
  app.paths.documents = dir;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function choose(filePath: string | undefined): void {
  dialog.showSaveDialog.mockResolvedValueOnce({ canceled: filePath === undefined, filePath: filePath ?? '' });
}

const saveRequest: SaveFileRequest = {
  suggestedName: 'minutes-2026-11-27.md',
  filters: [{ name: 'Markdown', extensions: ['md'] }],
  data: '# Protokoll',
};
const saveFile = guardHandler('saveFile', saveFileHandler);

describe('saveFile', () => {
  it('proposes the suggested name in Documents with the filters, over the calling window', async () => {
    choose(undefined);
    const event = invokeEvent();
    await saveFile(event, saveRequest);
    const [owner, options] = dialog.showSaveDialog.mock.calls[0] ?? [];
    expect(owner).toBe(FakeBrowserWindow.fromWebContents(event.sender));
    expect(options).toMatchObject({
      defaultPath: path.join(dir, 'minutes-2026-11-27.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }],
    });
  });

  it('writes the data to exactly the chosen path and reports it', async () => {
    const target = path.join(dir, 'chosen.md');
    choose(target);
    const result = await saveFile(invokeEvent(), saveRequest);
    expect(result).toEqual({ ok: true, value: { path: target, bytes: 11 } });
    expect(readFileSync(target, 'utf8')).toBe('# Protokoll');
    expect(readdirSync(dir)).toEqual(['chosen.md']);
  });

  it('answers cancelled and writes nothing when the user cancels', async () => {
    choose(undefined);
    const result = await saveFile(invokeEvent(), saveRequest);
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers write-failed and leaves no temp file and no partial target when writing fails', async () => {
    const target = path.join(dir, 'no-such-folder', 'chosen.md');
    choose(target);
    const result = await saveFile(invokeEvent(), saveRequest);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'write-failed', detail: expect.stringContaining('ENOENT') },
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers write-failed and leaves everything as it was when the chosen path is a folder', async () => {
    const target = path.join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(path.join(dir, 'keep.md'), 'old');
    choose(target);
    const result = await saveFile(invokeEvent(), saveRequest);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
    expect(readdirSync(dir).sort()).toEqual(['keep.md', 'taken']);
    expect(readdirSync(target)).toEqual([]);
    expect(readFileSync(path.join(dir, 'keep.md'), 'utf8')).toBe('old');
  });

  it('refuses a relative path from the dialog', async () => {
    choose('relative.md');
    const result = await saveFile(invokeEvent(), saveRequest);
    expect(result).toMatchObject({ ok: false, error: { code: 'write-failed' } });
  });

  it.each([
    ['a path in the name', { ...saveRequest, suggestedName: '../../.bashrc' }],
    ['a slash in the name', { ...saveRequest, suggestedName: 'a/b.md' }],
    ['a backslash in the name', { ...saveRequest, suggestedName: 'a\\b.md' }],
    ['.. in the name', { ...saveRequest, suggestedName: '..' }],
    ['a NUL in the name', { ...saveRequest, suggestedName: 'a\u0000.md' }],
    ['a control character in the name', { ...saveRequest, suggestedName: 'a\u001b.md' }],
    ['an empty name', { ...saveRequest, suggestedName: '' }],
    ['a name over 200 characters', { ...saveRequest, suggestedName: `${'a'.repeat(198)}.md` }],
    ['too many filters', { ...saveRequest, filters: Array(11).fill({ name: 'x', extensions: ['x'] }) }],
    ['a filter with a path as extension', { ...saveRequest, filters: [{ name: 'x', extensions: ['../x'] }] }],
    ['data that is neither text nor bytes', { ...saveRequest, data: { toString: 'x' } }],
    ['an unknown field', { ...saveRequest, path: '/etc/passwd' }],
    ['no request at all', undefined],
  ])('answers invalid-payload to %s and shows no dialog', async (_name, request) => {
    const result = await saveFile(invokeEvent(), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('answers invalid-payload to data over 200 MB', async () => {
    const result = await saveFile(invokeEvent(), {
      ...saveRequest,
      data: new Uint8Array(200 * 1024 * 1024 + 1),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('answers forbidden-sender to a foreign page and shows no dialog', async () => {
    const result = await saveFile(invokeEvent({ url: 'https://evil.example/' }), saveRequest);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

const printRequest: PrintToPdfRequest = {
  suggestedName: 'minutes.pdf',
  html: '<!doctype html><h1>Protokoll</h1>',
  pageSize: 'A4',
  landscape: false,
};
const printToPdf = guardHandler('printToPdf', printToPdfHandler);
const printWindows = () => FakeBrowserWindow.instances.filter((window) => window.options.show === false);

describe('printToPdf', () => {
  it('prints in a hidden window, saves the PDF and destroys the window', async () => {
    const target = path.join(dir, 'minutes.pdf');
    choose(target);
    const result = await printToPdf(invokeEvent(), { ...printRequest, pageSize: 'Letter', landscape: true });
    expect(result).toEqual({ ok: true, value: { path: target, bytes: 4 } });
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    const [window] = printWindows();
    expect(window?.loadURL.mock.calls[0]?.[0]).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      landscape: true,
      printBackground: true,
    });
    expect(window?.destroy).toHaveBeenCalled();
    expect(dialog.showSaveDialog.mock.calls[0]?.[1]).toMatchObject({
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
  });

  it('answers cancelled when the user cancels the save dialog, and destroys the window', async () => {
    choose(undefined);
    const result = await printToPdf(invokeEvent(), printRequest);
    expect(result).toEqual({ ok: false, error: { code: 'cancelled' } });
    expect(printWindows()[0]?.destroy).toHaveBeenCalled();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('answers print-failed, destroys the window and shows no dialog when printing fails', async () => {
    const event = invokeEvent();
    FakeBrowserWindow.onCreate = (window) => {
      window.webContents.printToPDF.mockRejectedValueOnce(new Error('renderer crashed'));
    };
    const result = await printToPdf(event, printRequest);
    expect(result).toEqual({ ok: false, error: { code: 'print-failed', detail: 'Error: renderer crashed' } });
    expect(printWindows()[0]?.destroy).toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it('answers print-failed and destroys the window when the page cannot load', async () => {
    const event = invokeEvent();
    FakeBrowserWindow.onCreate = (window) => {
      window.loadURL.mockRejectedValueOnce(new Error('ERR_ABORTED'));
    };
    const result = await printToPdf(event, printRequest);
    expect(result).toMatchObject({ ok: false, error: { code: 'print-failed' } });
    expect(printWindows()[0]?.destroy).toHaveBeenCalled();
  });

  it.each([
    ['an unknown page size', { ...printRequest, pageSize: 'A0' }],
    ['a string for landscape', { ...printRequest, landscape: 'yes' }],
    ['empty HTML', { ...printRequest, html: '' }],
    ['HTML over 50 MB', { ...printRequest, html: 'x'.repeat(50 * 1024 * 1024 + 1) }],
    ['a path as the name', { ...printRequest, suggestedName: '/etc/cron.d/x' }],
  ])('answers invalid-payload to %s and opens no window', async (_name, request) => {
    const result = await printToPdf(invokeEvent(), request);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(printWindows()).toEqual([]);
  });

  it('answers forbidden-sender to a foreign page and opens no window', async () => {
    const result = await printToPdf(invokeEvent({ url: 'app://print/x.html' }), printRequest);
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(printWindows()).toEqual([]);
  });
});

describe('appInfo', () => {
  it('reports name, version, platform and versions, and no path of the machine', async () => {
    app.paths.userData = '/home/user/.config/Tandem';
    const result = await guardHandler('appInfo', appInfoHandler)(invokeEvent(), undefined);
    if (!result.ok) throw new Error(`appInfo failed: ${result.error.code}`);
    expect(result.value).toMatchObject({ name: 'Tandem', version: '0.1.0', platform: process.platform });
    expect(Object.keys(result.value).sort()).toEqual(['chrome', 'electron', 'name', 'platform', 'version']);
    expect(JSON.stringify(result.value)).not.toContain('/home/user');
  });

  it('has no userDataPath in the contract type the preload bridge returns', () => {
    expectTypeOf<keyof AppInfo>().toEqualTypeOf<'name' | 'version' | 'platform' | 'electron' | 'chrome'>();
    expectTypeOf<Awaited<ReturnType<TandemBridge['appInfo']>>>().toEqualTypeOf<Result<AppInfo>>();
  });

  it('answers forbidden-sender to a foreign page', async () => {
    const result = await guardHandler('appInfo', appInfoHandler)(
      invokeEvent({ url: 'file:///x' }),
      undefined,
    );
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('listDisplays', () => {
  it('maps every display and marks the primary one', async () => {
    const display = (id: number, x: number, internal: boolean) => ({
      id,
      label: `Display ${id}`,
      internal,
      scaleFactor: 2,
      bounds: { x, y: 0, width: 1920, height: 1080 },
      workArea: { x, y: 0, width: 1920, height: 1040 },
    });
    screen.getAllDisplays.mockReturnValueOnce([display(1, 0, true), display(2, 1920, false)]);
    screen.getPrimaryDisplay.mockReturnValueOnce({ id: 1 });
    const result = await guardHandler('listDisplays', listDisplaysHandler)(invokeEvent(), undefined);
    expect(result).toEqual({
      ok: true,
      value: [
        {
          id: 1,
          label: 'Display 1',
          primary: true,
          internal: true,
          scaleFactor: 2,
          bounds: { x: 0, y: 0, width: 1920, height: 1080 },
        },
        {
          id: 2,
          label: 'Display 2',
          primary: false,
          internal: false,
          scaleFactor: 2,
          bounds: { x: 1920, y: 0, width: 1920, height: 1080 },
        },
      ],
    });
  });

  it('answers forbidden-sender to a subframe', async () => {
    const result = await guardHandler('listDisplays', listDisplaysHandler)(
      invokeEvent({ subframe: true }),
      undefined,
    );
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('setLanguage', () => {
  it('rebuilds the menu in the requested language', async () => {
    const applyMenuLanguage = vi.fn();
    const result = await guardHandler('setLanguage', createSetLanguageHandler(applyMenuLanguage))(
      invokeEvent(),
      'de',
    );
    expect(result).toEqual({ ok: true, value: null });
    expect(applyMenuLanguage).toHaveBeenCalledWith('de');
  });

  it('answers invalid-payload to an unknown language and keeps the menu', async () => {
    const applyMenuLanguage = vi.fn();
    const result = await guardHandler('setLanguage', createSetLanguageHandler(applyMenuLanguage))(
      invokeEvent(),
      'fr',
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(applyMenuLanguage).not.toHaveBeenCalled();
  });

  it('answers forbidden-sender to a foreign page and keeps the menu', async () => {
    const applyMenuLanguage = vi.fn();
    const guarded = guardHandler('setLanguage', createSetLanguageHandler(applyMenuLanguage));
    const result = await guarded(invokeEvent({ url: 'app://evil/' }), 'de');
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(applyMenuLanguage).not.toHaveBeenCalled();
  });
});
