/**
 * A hand-made stand-in for the `electron` module, for unit tests of the main process and the
 * preload. Electron cannot run here, so each test file does
 * `vi.mock('electron', () => import('./electron-fake'))` and drives these fakes: they record what
 * the shell asked for (window options, handlers, menu templates) and let the test play the part of
 * Chromium (emit `will-navigate`, call the window-open handler, …). Nothing here claims to be
 * Electron's behaviour; the assertions are about what our code asks Electron to do.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

/** A webContents: an event emitter with the methods the shell calls. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  send = vi.fn();
  printToPDF = vi.fn(async (_options: unknown) => new Uint8Array([37, 80, 68, 70]));
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => unknown) => {
    this.windowOpenHandler = handler;
  });
}

/** A BrowserWindow that records its options; `instances` lists every window created. */
export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  /** Called with every new window, so a test can script its behaviour before our code uses it. */
  static onCreate: ((window: FakeBrowserWindow) => void) | null = null;
  static fromWebContents = vi.fn(
    (contents: unknown) =>
      FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );
  static getFocusedWindow = vi.fn(() => FakeBrowserWindow.focused);
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((window) => !window.destroyed));

  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  destroy = vi.fn(() => {
    this.destroyed = true;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  isDestroyed = vi.fn(() => this.destroyed);
  bounds = { x: 0, y: 0, width: 1280, height: 800 };
  fullScreen = false;
  getBounds = vi.fn(() => ({ ...this.bounds }));
  setBounds = vi.fn((bounds: { x: number; y: number; width: number; height: number }) => {
    this.bounds = { ...bounds };
  });
  isFullScreen = vi.fn(() => this.fullScreen);
  /** Leaving full screen reports `leave-full-screen` at once; Electron may take a moment. */
  setFullScreen = vi.fn((flag: boolean) => {
    const left = this.fullScreen && !flag;
    this.fullScreen = flag;
    if (left) this.emit('leave-full-screen');
  });
  /** Closing ends with `closed`, as in Electron. */
  close = vi.fn(() => {
    this.destroyed = true;
    this.emit('closed');
  });

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindow.instances.push(this);
    FakeBrowserWindow.onCreate?.(this);
  }
}

/** A session whose handlers the tests can call as Chromium would. */
export function createFakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
    protocol: { handle: vi.fn(), unhandle: vi.fn() },
  };
}
export type FakeSession = ReturnType<typeof createFakeSession>;

class FakeApp extends EventEmitter {
  isPackaged = false;
  paths: Record<string, string> = { appData: '/home/user/.config', documents: '/home/user/Documents' };
  setPath = vi.fn((name: string, value: string) => {
    this.paths[name] = value;
  });
  getPath = vi.fn((name: string) => this.paths[name] ?? `/fake/${name}`);
  getAppPath = vi.fn(() => '/opt/Tandem/resources/app.asar');
  getName = vi.fn(() => 'Tandem');
  getVersion = vi.fn(() => '0.1.0');
  getLocale = vi.fn(() => 'en-US');
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  quit = vi.fn();
  whenReady = vi.fn(() => new Promise<void>(() => undefined));
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const dialog = { showSaveDialog: vi.fn() };
/** The screen: lists displays and, as an emitter, reports them being attached and removed. */
class FakeScreen extends EventEmitter {
  getAllDisplays = vi.fn((): unknown[] => []);
  getPrimaryDisplay = vi.fn(() => ({ id: 0 }));
  getDisplayMatching = vi.fn((_rect: unknown) => ({ id: 0 }));
}
export const screen = new FakeScreen();
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const ipcMain = { handle: vi.fn() };
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};
export const session = {
  defaultSession: createFakeSession(),
  fromPartition: vi.fn(() => createFakeSession()),
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };

/** Forgets every window and recorded call; for `beforeEach`. */
export function resetElectronFake(): void {
  vi.clearAllMocks();
  FakeBrowserWindow.instances = [];
  FakeBrowserWindow.focused = null;
  FakeBrowserWindow.onCreate = null;
  app.removeAllListeners();
  screen.removeAllListeners();
  app.isPackaged = false;
  app.paths = { appData: '/home/user/.config', documents: '/home/user/Documents' };
}

export default {
  app,
  BrowserWindow,
  dialog,
  screen,
  protocol,
  ipcMain,
  Menu,
  session,
  contextBridge,
  ipcRenderer,
};

/**
 * Hands a fake to code typed against Electron's interfaces. The fakes implement only what the
 * shell uses, which the compiler cannot know; this one cast says so, instead of one per test.
 */
export function asElectron<T>(fake: unknown): T {
  return fake as T;
}
