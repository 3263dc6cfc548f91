import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import {
  appWindowOptions,
  BLOCKED_REQUEST_URLS,
  decideWindowOpen,
  hardenSession,
  hardenWebContents,
  installSecurityPolicy,
} from '../../../electron/main/security';
import { createMainWindow } from '../../../electron/main/windows';
import { printWindowOptions } from '../../../electron/main/print-window';
import {
  app,
  asElectron,
  createFakeSession,
  FakeBrowserWindow,
  FakeWebContents,
  resetElectronFake,
} from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const PRELOAD = '/opt/Tandem/resources/app.asar/dist-electron/preload.cjs';

beforeEach(() => resetElectronFake());

const LOCKED_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
};

describe('window options', () => {
  it('locks down the web preferences of the main window passed to BrowserWindow', () => {
    createMainWindow(PRELOAD);
    const [window] = FakeBrowserWindow.instances;
    expect(window?.options.webPreferences).toEqual(
      expect.objectContaining({ ...LOCKED_PREFERENCES, preload: PRELOAD }),
    );
  });

  it('loads the renderer from app://tandem/, never file://', () => {
    const window = createMainWindow(PRELOAD);
    expect(asElectron<FakeBrowserWindow>(window).loadURL).toHaveBeenCalledWith('app://tandem/');
  });

  it('shows the main window only when it is ready to show', () => {
    const window = asElectron<FakeBrowserWindow>(createMainWindow(PRELOAD));
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
  });

  it('gives the hidden print window no script, no preload and its own session', () => {
    const printSession = asElectron<Session>(createFakeSession());
    const options = printWindowOptions(printSession);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toEqual({
      session: printSession,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
    expect(options.webPreferences).not.toHaveProperty('preload');
  });
});

describe('window.open', () => {
  it('opens the audience view as an app window with the same locked preferences', () => {
    const decision = decideWindowOpen('app://tandem/#/audience', PRELOAD);
    expect(decision.action).toBe('allow');
    expect(decision.overrideBrowserWindowOptions?.webPreferences).toEqual(
      appWindowOptions(PRELOAD).webPreferences,
    );
    expect(decision.overrideBrowserWindowOptions?.webPreferences).toMatchObject(LOCKED_PREFERENCES);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:4312/#/audience',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    'app://evil/#/audience',
    'app://tandem/assets/x.js',
  ])('denies %s', (url) => {
    expect(decideWindowOpen(url, PRELOAD)).toEqual({ action: 'deny' });
  });

  it('installs the decision as the window-open handler of every webContents', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents), PRELOAD);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://tandem/#/audience' })).toMatchObject({
      action: 'allow',
    });
  });
});

describe('app window routers', () => {
  it('may place or refuse an allowed window, but never changes its web preferences', () => {
    const contents = new FakeWebContents();
    const router = vi.fn((url: string) =>
      url.endsWith('/refused')
        ? { action: 'deny' as const }
        : {
            action: 'allow' as const,
            overrideBrowserWindowOptions: {
              x: 1920,
              webPreferences: { sandbox: false, preload: '/evil.js' },
            },
            createWindow: vi.fn(),
          },
    );
    hardenWebContents(asElectron<WebContents>(contents), PRELOAD, router);
    const placed = asElectron<WindowOpenHandlerResponse>(
      contents.windowOpenHandler?.({ url: 'app://tandem/#/audience/m' }),
    );
    expect(placed).toEqual({
      action: 'allow',
      overrideBrowserWindowOptions: {
        ...appWindowOptions(PRELOAD),
        show: true,
        x: 1920,
        webPreferences: appWindowOptions(PRELOAD).webPreferences,
      },
    });
    expect(contents.windowOpenHandler?.({ url: 'app://tandem/#/refused' })).toEqual({ action: 'deny' });
  });

  it('is not asked about windows the policy denies', () => {
    const contents = new FakeWebContents();
    const router = vi.fn();
    hardenWebContents(asElectron<WebContents>(contents), PRELOAD, router);
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(router).not.toHaveBeenCalled();
  });
});

describe('navigation', () => {
  function navigate(eventName: string, url: string): boolean {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents), PRELOAD);
    const preventDefault = vi.fn();
    contents.emit(eventName, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }

  it.each(['will-navigate', 'will-redirect'])('%s within the app origin is allowed', (eventName) => {
    expect(navigate(eventName, 'app://tandem/index.html')).toBe(false);
  });

  it.each([
    ['will-navigate', 'https://example.com/'],
    ['will-navigate', 'file:///etc/passwd'],
    ['will-navigate', 'app://tandem.evil/'],
    ['will-navigate', 'data:text/html,x'],
    ['will-redirect', 'http://127.0.0.1/'],
    ['will-redirect', 'app://evil/'],
  ])('%s to %s is blocked', (eventName, url) => {
    expect(navigate(eventName, url)).toBe(true);
  });

  it('refuses every <webview>', () => {
    const contents = new FakeWebContents();
    hardenWebContents(asElectron<WebContents>(contents), PRELOAD);
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalled();
  });
});

describe('sessions', () => {
  function hardened() {
    const fake = createFakeSession();
    hardenSession(asElectron<Session>(fake));
    return fake;
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the permission request %s',
    (permission) => {
      const handler = hardened().setPermissionRequestHandler.mock.calls[0]?.[0];
      const callback = vi.fn();
      handler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    },
  );

  it('denies every permission check and device permission', () => {
    const fake = hardened();
    expect(fake.setPermissionCheckHandler.mock.calls[0]?.[0]?.({}, 'media', 'app://tandem', {})).toBe(false);
    expect(fake.setDevicePermissionHandler.mock.calls[0]?.[0]?.({})).toBe(false);
  });

  it('cancels every request to the network or the file system', () => {
    const [filter, listener] = hardened().webRequest.onBeforeRequest.mock.calls[0] ?? [];
    expect(filter).toEqual({ urls: BLOCKED_REQUEST_URLS });
    expect(BLOCKED_REQUEST_URLS).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'file://*/*']),
    );
    const callback = vi.fn();
    listener?.({ url: 'https://example.com/' }, callback);
    expect(callback).toHaveBeenCalledWith({ cancel: true });
  });
});

describe('installSecurityPolicy', () => {
  it('hardens every webContents and every session created afterwards', () => {
    installSecurityPolicy(asElectron<App>(app), PRELOAD);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.listenerCount('will-navigate')).toBe(1);
    expect(contents.listenerCount('will-redirect')).toBe(1);
    expect(contents.listenerCount('will-attach-webview')).toBe(1);
    const session = createFakeSession();
    app.emit('session-created', session);
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(session.setPermissionCheckHandler).toHaveBeenCalled();
  });
});
