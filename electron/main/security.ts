/**
 * The security wiring of the shell, in one place (after Actual Budget's desktop-electron): the
 * web preferences of every window, what a page may open or navigate to, and what a session may
 * grant. The decisions themselves are the pure predicates of `trusted-url.ts`.
 *
 * Policy: every page is sandboxed and isolated and has no Node; it can only navigate within the
 * app origin; it can open only app windows (hash routes such as `#/audience`), which get the same
 * preferences; `<webview>` is refused; every permission request and check is denied; and no
 * request ever leaves the machine (docs/product.md: offline first). A router (the audience view's) may
 * refuse an allowed window or place it, but the web preferences are always set back to these.
 */
import type {
  App,
  BrowserWindowConstructorOptions,
  Session,
  WebContents,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { isAllowedFrameUrl, isAllowedWindowUrl, isAppUrl } from './trusted-url';

/** The web preferences of every app window. `preload` is the bridge; everything else is locked. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
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
  };
}

/** The options of every app window (main window and windows it opens, e.g. the audience view). */
export function appWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    show: false,
    backgroundColor: '#ffffff',
    title: 'Tandem',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/**
 * Decides a `window.open`: app windows open as new BrowserWindows with the same secure options;
 * anything else (web pages, file://, other schemes) is denied and opened nowhere.
 */
export function decideWindowOpen(url: string, preloadPath: string): WindowOpenHandlerResponse {
  if (!isAllowedWindowUrl(url)) return { action: 'deny' };
  // Shown at once: unlike the main window, nobody waits for its ready-to-show.
  return { action: 'allow', overrideBrowserWindowOptions: { ...appWindowOptions(preloadPath), show: true } };
}

/**
 * Takes over an app window that the policy allowed, e.g. to place it or to focus an existing one
 * instead. It may deny or add window options; it cannot loosen the web preferences.
 */
export type AppWindowRouter = (
  url: string,
  opener: WebContents,
  allowed: WindowOpenHandlerResponse,
) => WindowOpenHandlerResponse;

function routeWindowOpen(
  url: string,
  opener: WebContents,
  preloadPath: string,
  router: AppWindowRouter | undefined,
): WindowOpenHandlerResponse {
  const decision = decideWindowOpen(url, preloadPath);
  if (decision.action === 'deny' || router === undefined) return decision;
  const routed = router(url, opener, decision);
  if (routed.action === 'deny') return { action: 'deny' };
  // Only window options pass through: a router's own `createWindow` could bypass them.
  const options = { ...decision.overrideBrowserWindowOptions, ...routed.overrideBrowserWindowOptions };
  return {
    action: 'allow',
    overrideBrowserWindowOptions: { ...options, webPreferences: secureWebPreferences(preloadPath) },
  };
}

/** Locks down one webContents: navigation of every frame, redirects, webviews and window.open. */
export function hardenWebContents(
  contents: WebContents,
  preloadPath: string,
  router?: AppWindowRouter,
): void {
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  // will-navigate sees only the main frame; a subframe (e.g. a link inside a preview) is held here.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAllowedFrameUrl(event.url)) event.preventDefault();
  });
  // Tandem never uses <webview>; a page that tries to create one is refused.
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => routeWindowOpen(url, contents, preloadPath, router));
}

/** URL patterns of every scheme that could reach the network or the disk outside our origin. */
export const BLOCKED_REQUEST_URLS = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file://*/*',
];

/** Denies every permission request and check, and cancels every network request, of a session. */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: BLOCKED_REQUEST_URLS }, (_details, callback) =>
    callback({ cancel: true }),
  );
}

/**
 * Installs the policy app-wide: every webContents and every session created from now on is
 * hardened. Call before `ready` so that no window or session escapes it.
 */
export function installSecurityPolicy(app: App, preloadPath: string, router?: AppWindowRouter): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, preloadPath, router));
  app.on('session-created', (session) => hardenSession(session));
}
