/**
 * The Fullscreen API, used only where the browser or shell offers it: the audience window and the
 * single-screen presentation mode ask for it, and work as a full window when it is missing.
 */
import { useSyncExternalStore } from 'react';

/** True when the page may ask to go full screen. */
export function canGoFullScreen(): boolean {
  return (
    document.fullscreenEnabled === true && typeof document.documentElement.requestFullscreen === 'function'
  );
}

/**
 * Asks for full screen for `element` (the whole page unless told); a refusal (no user gesture,
 * policy) leaves the window as it is.
 */
export function enterFullScreen(element: Element = document.documentElement): void {
  if (!canGoFullScreen() || document.fullscreenElement) return;
  // Kept: the Fullscreen API refuses without a gesture; the window simply stays as it is.
  element.requestFullscreen().catch(() => undefined);
}

export function leaveFullScreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function')
    // Kept: leaving may be refused when full screen already ended; nothing to do then.
    document.exitFullscreen().catch(() => undefined);
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener('fullscreenchange', onChange);
  return () => document.removeEventListener('fullscreenchange', onChange);
}

/** True while the page is full screen. */
export function useIsFullScreen(): boolean {
  return useSyncExternalStore(subscribe, () => Boolean(document.fullscreenElement));
}
