/**
 * The one Content-Security-Policy of the built renderer. Vite writes it into a meta tag (which
 * protects the browser build) and Electron's app:// handler sends it as a header on every
 * response. Keeping it here means the two can never drift apart.
 */

/**
 * The hash of the one inline stylesheet the app admits: the minutes' own (renderer/domain/minutes/html.ts).
 * The Export minutes preview and the browser's print frame show the minutes in a `srcdoc` iframe,
 * which inherits this policy, so without the hash the minutes would appear unstyled. A unit test
 * recomputes it from the minutes and fails when the two drift apart.
 */
export const MINUTES_STYLE_HASH = "'sha256-IK3nVDHQg35TMhco9IA2X6z+8LsBeLYRTDarmBJVMso='";

/** The strict policy: only our own origin, no inline script, no network, no plugins, no forms. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  `style-src 'self' ${MINUTES_STYLE_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
