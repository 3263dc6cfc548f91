/**
 * The items of Electron's security checklist (electronjs.org/docs/latest/tutorial/security) that the
 * other tests of this folder do not already cover, with `electron` mocked: the exact web preferences
 * (nothing like enableBlinkFeatures slipped in), subframe navigation, the content of the CSP, every
 * registered IPC channel refusing foreign senders, the save path (a link the user chose is replaced,
 * not written through), and source rules no runtime test can see (no remote module, no
 * shell.openExternal, no synchronous IPC). docs/security.md maps each checklist item to its test.
 */
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeHandlers } from '../../../electron/main/handlers/types';
import { saveFileHandler } from '../../../electron/main/handlers/save-file';
import { guardHandler, registerIpcHandlers } from '../../../electron/main/ipc';
import { hardenWebContents, secureWebPreferences } from '../../../electron/main/security';
import { isAllowedFrameUrl } from '../../../electron/main/trusted-url';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';
import { app, asElectron, dialog, FakeWebContents, resetElectronFake } from './electron-fake';
import { invokeEvent } from './ipc-fixtures';

vi.mock('electron', () => import('./electron-fake'));

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRELOAD = '/opt/Tandem/resources/app.asar/dist-electron/preload.cjs';

beforeEach(() => resetElectronFake());

describe('web preferences (checklist 2, 3, 4, 6, 8, 9, 10)', () => {
  it('are exactly the locked set: no Blink features, no extra arguments, no Node anywhere', () => {
    expect(secureWebPreferences(PRELOAD)).toStrictEqual({
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    });
  });
});

describe('navigation of subframes (checklist 13)', () => {
  function frameNavigation(url: string, isMainFrame = false) {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron(contents), PRELOAD);
    const preventDefault = vi.fn();
    contents.emit('will-frame-navigate', { url, isMainFrame, preventDefault });
    return preventDefault;
  }

  it.each(['about:srcdoc', 'about:blank', 'app://tandem/#/meetings'])('lets a subframe show %s', (url) => {
    expect(frameNavigation(url)).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://tandem.evil/',
  ])('holds a subframe that navigates to %s', (url) => {
    expect(frameNavigation(url)).toHaveBeenCalled();
    expect(isAllowedFrameUrl(url)).toBe(false);
  });

  it('leaves the main frame to will-navigate', () => {
    expect(frameNavigation('https://evil.example/', true)).not.toHaveBeenCalled();
  });
});

describe('Content-Security-Policy (checklist 7)', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources] as const;
    }),
  );

  it('falls back to nothing and allows script only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });

  it('names no remote host, wildcard, eval or inline script anywhere', () => {
    for (const [name, sources] of directives) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/^(\*|https?:|wss?:|'unsafe-eval'|'unsafe-inline'|'unsafe-hashes')/);
      }
    }
  });
});

describe('IPC senders (checklist 17)', () => {
  const handlers = Object.fromEntries(
    [
      'appInfo',
      'saveFile',
      'printToPdf',
      'listDisplays',
      'setLanguage',
      'writeBackup',
      'listBackups',
      'readBackup',
    ].map((method) => [method, { failure: 'unavailable', run: vi.fn() }]),
  ) as unknown as InvokeHandlers;

  function registered() {
    const ipcMain = { handle: vi.fn() };
    registerIpcHandlers(asElectron<IpcMain>(ipcMain), handlers);
    return ipcMain.handle.mock.calls as [
      string,
      (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>,
    ][];
  }

  it.each([
    ['a web page', { url: 'https://evil.example/' }],
    ['a file:// page', { url: 'file:///home/user/minutes.html' }],
    ['a subframe of the app', { subframe: true }],
    ['a frame that is gone', { noFrame: true }],
  ])('every channel answers forbidden-sender to %s and runs nothing', async (_name, sender) => {
    const channels = registered();
    expect(channels.length).toBe(Object.keys(handlers).length);
    for (const [channel, listener] of channels) {
      expect(await listener(invokeEvent(sender), undefined), channel).toEqual({
        ok: false,
        error: { code: 'forbidden-sender' },
      });
    }
    for (const handler of Object.values(handlers)) expect(handler.run).not.toHaveBeenCalled();
  });
});

describe('save paths: nothing is written outside what the user chose', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'tandem-save-path-'));
    app.paths.documents = dir;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces a link at the chosen path with the file instead of writing through it', async () => {
    const elsewhere = path.join(dir, 'elsewhere.txt');
    writeFileSync(elsewhere, 'not yours');
    const chosen = path.join(dir, 'minutes.md');
    symlinkSync(elsewhere, chosen);
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    const save = guardHandler('saveFile', saveFileHandler);
    const result = await save(invokeEvent(), {
      suggestedName: 'minutes.md',
      filters: [{ name: 'Markdown', extensions: ['md'] }],
      data: '# Minutes',
    });
    expect(result).toMatchObject({ ok: true, value: { path: chosen } });
    expect(lstatSync(chosen).isSymbolicLink()).toBe(false);
    expect(readFileSync(chosen, 'utf8')).toBe('# Minutes');
    expect(readFileSync(elsewhere, 'utf8')).toBe('not yours');
    expect(readdirSync(dir).sort()).toEqual(['elsewhere.txt', 'minutes.md']);
  });
});

describe('source rules (checklist 15, 20; no remote module, no synchronous IPC)', () => {
  function sources(folder: string): [string, string][] {
    return readdirSync(path.join(ROOT, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => [path.join(folder, file), readFileSync(path.join(ROOT, folder, file), 'utf8')]);
  }
  const shell = [...sources('electron'), ...sources('renderer')];

  it.each([
    ['the remote module', /@electron\/remote|enableRemoteModule|\bremote\s*\./],
    ['shell.openExternal or shell.openPath', /\bshell\s*\.\s*open(External|Path)|\bopenExternal\s*\(/],
    ['synchronous IPC', /\bsendSync\s*\(|\bipcRenderer\s*\.\s*send\s*\(/],
    ['Node in a page', /nodeIntegration\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false/],
    ['webview tags or Blink features', /webviewTag\s*:\s*true|enableBlinkFeatures|allowpopups/],
  ])('no source of the shell or the renderer uses %s', (_name, pattern) => {
    expect(shell.filter(([, text]) => pattern.test(text)).map(([file]) => file)).toEqual([]);
  });

  it('no package of the app provides the remote module', () => {
    const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    const names = ['dependencies', 'devDependencies'].flatMap((key) => Object.keys(manifest[key] ?? {}));
    expect(names).not.toContain('@electron/remote');
  });
});
