/**
 * Pure predicates that decide which URLs belong to Tandem. Everything security-relevant in
 * `security.ts` asks these questions, so they are kept free of Electron and tested with a table
 * of hostile URLs. A URL is ours only if it parses, uses exactly the app scheme and host, and
 * carries no credentials or port: string prefixes are never trusted (`app://tandem.evil`,
 * `app://tandem@evil`).
 */
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';

/** The paths that serve the renderer's single page; other windows are hash routes of it. */
const APP_PAGES = new Set(['/', '/index.html']);

function parse(value: string): URL | null {
  // URL parsing trims leading/trailing whitespace and control characters; a URL with any of
  // them did not come from our own code, so it is refused rather than repaired.
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  if (value.trim() !== value || /[\u0000-\u001f\u007f]/.test(value)) return null;
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

/** True if `value` is a URL of the app's own origin (`app://tandem`), any path. */
export function isAppUrl(value: string): boolean {
  const url = parse(value);
  if (url === null) return false;
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

/**
 * True if the renderer may open `value` as another app window (e.g. `app://tandem/#/audience`):
 * our origin, the single page, a hash route, and no query string.
 */
export function isAllowedWindowUrl(value: string): boolean {
  if (!isAppUrl(value)) return false;
  const url = new URL(value);
  return APP_PAGES.has(url.pathname) && url.search === '' && /^#\/[A-Za-z0-9/_-]*$/.test(url.hash);
}

/** Documents a subframe may hold without a URL of its own: the Export minutes preview is a srcdoc frame. */
const INLINE_FRAME_URLS = new Set(['about:srcdoc', 'about:blank']);

/** True if a subframe may navigate to `value`: an inline document or a page of the app origin. */
export function isAllowedFrameUrl(value: string): boolean {
  return INLINE_FRAME_URLS.has(value) || isAppUrl(value);
}
