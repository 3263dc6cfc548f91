/**
 * The one Content-Security-Policy of the built renderer. Vite writes it into a meta tag (which
 * protects the browser build) and Electron's app:// handler sends it as a header on every
 * response. Keeping it here means the two can never drift apart.
 */

/** The strict policy: only our own origin, no inline script, no network, no plugins, no forms. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');
