/**
 * The audience view's window: the thin wiring between `window.open('#/audience/<id>')`, Electron's
 * `screen` and the pure rules of `display-placement.ts`.
 *
 * The renderer asks for the window; the security policy allows it with the locked preferences of
 * every app window and then hands it to this router, which
 * - refuses it when there is no display for the room, so `window.open` returns null and the
 *   renderer uses its in-window presentation mode instead;
 * - refuses it when an audience window is already open, and focuses that one instead (pointing it
 *   at the requested meeting): there is one projector, so there is one audience window;
 * - otherwise opens it on the chosen display, full screen, and re-places it whenever displays are
 *   attached, removed or changed, until it closes.
 */
import {
  BrowserWindow,
  screen,
  type Display,
  type WebContents,
  type WindowOpenHandlerResponse,
} from 'electron';
import {
  planAudiencePlacement,
  replanAudiencePlacement,
  type PlacementDisplay,
  type WindowPlacement,
} from './display-placement';
import type { AppWindowRouter } from './security';
import { focusWindow } from './windows';

/** Calls `listener` whenever a display is attached, removed or changed; returns the unsubscribe. */
function onDisplaysChanged(listener: () => void): () => void {
  screen.on('display-added', listener);
  screen.on('display-removed', listener);
  screen.on('display-metrics-changed', listener);
  return () => {
    screen.removeListener('display-added', listener);
    screen.removeListener('display-removed', listener);
    screen.removeListener('display-metrics-changed', listener);
  };
}

/** True if `url` is the audience route (`#/audience` or `#/audience/<meetingId>`). */
export function isAudienceUrl(url: string): boolean {
  try {
    return /^#\/audience(\/|$)/.test(new URL(url).hash);
  } catch {
    return false;
  }
}

/** Maps Electron's display to what placement needs. */
export function toPlacementDisplay(display: Display, primaryId: number): PlacementDisplay {
  return {
    id: display.id,
    bounds: { ...display.bounds },
    workArea: { ...display.workArea },
    primary: display.id === primaryId,
    internal: display.internal,
  };
}

function attachedDisplays(): PlacementDisplay[] {
  const primaryId = screen.getPrimaryDisplay().id;
  return screen.getAllDisplays().map((display) => toPlacementDisplay(display, primaryId));
}

/** The display of the facilitator's window, or the primary one once that window is gone. */
function facilitatorDisplayId(facilitator: BrowserWindow | null): number {
  if (facilitator === null || facilitator.isDestroyed()) return screen.getPrimaryDisplay().id;
  return screen.getDisplayMatching(facilitator.getBounds()).id;
}

/**
 * Moves the window to `placement`. A full-screen window ignores new bounds (and on macOS leaving
 * full screen is animated), so it first leaves full screen and moves once it has.
 */
export function applyPlacement(window: BrowserWindow, placement: WindowPlacement): void {
  const place = (): void => {
    window.setBounds(placement.bounds);
    if (placement.kind === 'external') window.setFullScreen(true);
  };
  if (!window.isFullScreen()) return place();
  window.once('leave-full-screen', place);
  window.setFullScreen(false);
}

interface OpenAudience {
  window: BrowserWindow;
  url: string;
}

/** Creates the router that owns the one audience window; install it with the security policy. */
export function createAudienceWindowRouter(): AppWindowRouter {
  let open: OpenAudience | null = null;

  function adopt(
    window: BrowserWindow,
    url: string,
    first: WindowPlacement,
    facilitator: BrowserWindow | null,
  ) {
    if (open !== null) {
      // Two opens raced past the check below and Electron made two windows: keep the first.
      const first = open.window;
      window.close();
      return focusWindow(first);
    }
    open = { window, url };
    let placement = first;
    const replace = (): void => {
      const next = replanAudiencePlacement(placement, attachedDisplays(), facilitatorDisplayId(facilitator));
      if (next === placement) return;
      placement = next;
      applyPlacement(window, next);
    };
    const unsubscribe = onDisplaysChanged(replace);
    window.once('closed', () => {
      unsubscribe();
      open = null;
    });
    applyPlacement(window, placement);
  }

  return (url: string, opener: WebContents, allowed: WindowOpenHandlerResponse) => {
    if (!isAudienceUrl(url)) return allowed;
    if (open !== null) {
      if (open.url !== url) void open.window.loadURL(url);
      open.url = url;
      focusWindow(open.window);
      return { action: 'deny' };
    }
    const facilitator = BrowserWindow.fromWebContents(opener);
    const plan = planAudiencePlacement(attachedDisplays(), facilitatorDisplayId(facilitator));
    if (plan.kind === 'presentation') return { action: 'deny' };
    const onCreated = (window: BrowserWindow, details: { url: string }): void => {
      // Each pending open takes one window, and not one that another pending open took already.
      if (details.url !== url || window === open?.window) return;
      opener.removeListener('did-create-window', onCreated);
      adopt(window, url, plan, facilitator);
    };
    opener.on('did-create-window', onCreated);
    // Opened on the chosen display already, so it does not flash on the facilitator's.
    return { ...allowed, overrideBrowserWindowOptions: { ...plan.bounds } };
  };
}
