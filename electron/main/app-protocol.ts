/**
 * The `app://tandem/` scheme that serves the built renderer from `dist/`. It replaces file://,
 * which would give every page read access to the whole disk and a shared, unstable origin.
 * The scheme is privileged (standard + secure) so the renderer gets a real origin with
 * IndexedDB, fetch and relative URLs. Every response, including 404s, carries the strict
 * Content-Security-Policy. Only files inside `dist/` are ever served: a path that decodes or
 * resolves outside it, or through a symlink out of it, is a 404.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { mimeTypeOf } from './mime';

/** The privileges of the app scheme; passed to `protocol.registerSchemesAsPrivileged` before `ready`. */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: {
    standard: true,
    secure: true,
    supportFetchAPI: true,
    corsEnabled: true,
    allowServiceWorkers: false,
    bypassCSP: false,
    stream: false,
    codeCache: true,
  },
};

/** Headers sent with every app:// response. */
function baseHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...baseHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Maps an app:// URL to a file path inside `distDir`, or null if the URL is not ours or would
 * leave `distDir`. Pure: it does not touch the disk.
 */
export function resolveAppPath(distDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST || url.port !== '') return null;
  if (url.username !== '' || url.password !== '') return null;
  // Backslashes, NUL and `..` segments have no business in a URL of our own build; refuse them
  // outright instead of relying on how each platform's path functions treat them.
  if (pathname.includes('\\') || pathname.includes('\0')) return null;
  if (pathname.split('/').includes('..')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(distDir);
  const candidate = path.resolve(root, relative);
  return isInside(root, candidate) ? candidate : null;
}

async function readServedFile(distDir: string, filePath: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    // Resolve symlinks too: a link inside dist that points elsewhere is not served.
    const [realRoot, realFile] = await Promise.all([fs.realpath(distDir), fs.realpath(filePath)]);
    if (!isInside(realRoot, realFile)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    // A copy on a plain ArrayBuffer, which is what a Response body accepts; assets are small.
    return new Uint8Array(await fs.readFile(realFile));
  } catch {
    return null;
  }
}

/**
 * Creates the handler for `protocol.handle(APP_SCHEME, …)` that serves files from `distDir`.
 * Only GET and HEAD are answered; everything else, and every miss, is a 404 with the CSP header.
 */
export function createAppProtocolHandler(distDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound();
    const filePath = resolveAppPath(distDir, request.url);
    if (filePath === null) return notFound();
    const body = await readServedFile(distDir, filePath);
    if (body === null) return notFound();
    const headers = { ...baseHeaders(), 'Content-Type': mimeTypeOf(filePath) };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
