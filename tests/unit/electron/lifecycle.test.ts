import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNELS } from '../../../electron/shared/ipc-contract';
import { claimSingleInstance } from '../../../electron/main/single-instance';
import {
  app,
  asElectron,
  FakeBrowserWindow,
  ipcMain,
  Menu,
  protocol,
  resetElectronFake,
  session,
} from './electron-fake';
import type { App, BrowserWindow } from 'electron';

vi.mock('electron', () => import('./electron-fake'));

beforeEach(() => {
  resetElectronFake();
  vi.resetModules();
});

/** Runs the main entry as Electron would, with `ready` either pending or already reached. */
async function startMain(ready: 'pending' | 'ready' = 'pending'): Promise<void> {
  if (ready === 'ready') app.whenReady.mockReturnValueOnce(Promise.resolve());
  await import('../../../electron/main/index');
}

const order = (mock: { mock: { invocationCallOrder: number[] } }) =>
  mock.mock.invocationCallOrder[0] ?? Infinity;

describe('main entry before ready', () => {
  it('pins userData to <appData>/Tandem before taking the lock or waiting for ready', async () => {
    await startMain();
    expect(app.setPath).toHaveBeenCalledWith('userData', path.join('/home/user/.config', 'Tandem'));
    expect(order(app.setPath)).toBeLessThan(order(app.requestSingleInstanceLock));
    expect(order(app.setPath)).toBeLessThan(order(app.whenReady));
  });

  it('registers app: as a privileged scheme before ready', async () => {
    await startMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('enables the sandbox for every renderer and installs the security policy', async () => {
    await startMain();
    expect(app.enableSandbox).toHaveBeenCalled();
    expect(app.listenerCount('web-contents-created')).toBe(1);
    expect(app.listenerCount('session-created')).toBe(1);
  });

  it('quits at once, registering nothing, when another instance holds the lock', async () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await startMain();
    expect(app.quit).toHaveBeenCalled();
    expect(protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });
});

describe('main entry at ready', () => {
  it('serves app://, hardens the default session, installs the menu and the IPC handlers, then opens the window', async () => {
    await startMain('ready');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(Menu.setApplicationMenu).toHaveBeenCalled();
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(
      Object.values(INVOKE_CHANNELS).sort(),
    );
    expect(FakeBrowserWindow.instances[0]?.loadURL).toHaveBeenCalledWith('app://tandem/');
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startMain('ready');
    await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
    const [window] = FakeBrowserWindow.instances;
    if (window) window.minimized = true;
    app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
  });
});

describe('claimSingleInstance', () => {
  it('returns false when the lock is taken', () => {
    app.requestSingleInstanceLock.mockReturnValueOnce(false);
    expect(claimSingleInstance(asElectron<App>(app), () => null)).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('ignores a second instance while no window exists', () => {
    expect(claimSingleInstance(asElectron<App>(app), () => null)).toBe(true);
    expect(() => app.emit('second-instance')).not.toThrow();
  });

  it('focuses a visible window without restoring it', () => {
    const window = new FakeBrowserWindow();
    claimSingleInstance(asElectron<App>(app), () => asElectron<BrowserWindow>(window));
    app.emit('second-instance');
    expect(window.restore).not.toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });
});

describe('paths', () => {
  it('finds the renderer inside app.asar when packaged and next to dist-electron in development', async () => {
    const { rendererDistDir, preloadPath } = await import('../../../electron/main/paths');
    app.isPackaged = true;
    expect(rendererDistDir(asElectron<App>(app))).toBe(path.join('/opt/Tandem/resources/app.asar', 'dist'));
    app.isPackaged = false;
    expect(path.basename(rendererDistDir(asElectron<App>(app)))).toBe('dist');
    expect(path.basename(preloadPath())).toBe('preload.cjs');
  });
});
