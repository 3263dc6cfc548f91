// @ts-check
/**
 * A tiny static file server for the built renderer (`dist/`), used when Tandem runs in a browser
 * instead of Electron (`npm start` without an Electron binary) and by the end-to-end tests.
 *
 * It listens on loopback only, serves GET and HEAD, never leaves the root folder, and sends the same
 * Content-Security-Policy as the built page declares in its meta tag, so the browser build is held
 * to the same policy as the Electron build. Nothing is cached: a rebuilt renderer is picked up on reload.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

/** Content types by file extension (lower case, with the dot). Anything else is served as bytes. */
export const MIME_TYPES = /** @type {const} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
});

/**
 * @param {string} filePath
 * @returns {string}
 */
export function contentTypeFor(filePath) {
  const extension = path.extname(filePath).toLowerCase();
  return Object.hasOwn(MIME_TYPES, extension)
    ? MIME_TYPES[/** @type {keyof typeof MIME_TYPES} */ (extension)]
    : 'application/octet-stream';
}

/**
 * Maps a request path to a file inside `root`, or `null` when the path is malformed or would leave
 * the root (`..`, encoded slashes, NUL bytes). `/` maps to `index.html`: the app uses hash routing.
 * @param {string} root absolute path of the folder to serve
 * @param {string} requestUrl the raw request target, e.g. `/assets/app.js?x=1`
 * @returns {string | null}
 */
export function resolveRequestPath(root, requestUrl) {
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(requestUrl, 'http://localhost').pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
  const resolved = path.resolve(root, `.${relative}`);
  const inside = path.relative(root, resolved);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return resolved;
}

/**
 * Reads the Content-Security-Policy that the build put into `index.html` as a meta tag.
 * @param {string} root the built renderer folder
 * @returns {Promise<string>}
 */
export async function readContentSecurityPolicy(root) {
  const html = await readFile(path.join(root, 'index.html'), 'utf8');
  const meta = html.match(/<meta\s[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i)?.[0];
  const policy = meta?.match(/\scontent=(?:"([^"]*)"|'([^']*)')/i);
  const value = policy?.[1] ?? policy?.[2];
  if (!value) {
    throw new Error(
      `${path.join(root, 'index.html')} declares no Content-Security-Policy; run \`npm run build\`.`,
    );
  }
  return value.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * @typedef {object} StaticServerOptions
 * @property {string} root absolute path of the folder to serve (must contain index.html)
 * @property {number} port fixed port; 0 picks a free one (tests of the server itself)
 * @property {string} [host] defaults to 127.0.0.1: the server is never reachable from other machines
 */

/**
 * @typedef {object} StaticServer
 * @property {string} url the origin with a trailing slash, e.g. `http://127.0.0.1:4310/`
 * @property {() => Promise<void>} close stops listening and ends open connections
 */

/**
 * Starts serving `root`. Rejects with the listen error (e.g. `code: 'EADDRINUSE'`) if the port is taken.
 * @param {StaticServerOptions} options
 * @returns {Promise<StaticServer>}
 */
export async function startStaticServer({ root, port, host = '127.0.0.1' }) {
  const absoluteRoot = path.resolve(root);
  const csp = await readContentSecurityPolicy(absoluteRoot);
  const server = createServer((request, response) => {
    void respond(absoluteRoot, csp, request, response);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, exclusive: true }, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {string} root
 * @param {string} csp
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 */
async function respond(root, csp, request, response) {
  response.setHeader('Content-Security-Policy', csp);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return sendText(response, 405, 'Method not allowed');
  }
  const filePath = resolveRequestPath(root, request.url ?? '/');
  if (!filePath) return sendText(response, 400, 'Bad request');
  const info = await stat(filePath).catch(() => null);
  if (!info?.isFile()) return sendText(response, 404, 'Not found');
  response.writeHead(200, { 'Content-Type': contentTypeFor(filePath), 'Content-Length': info.size });
  if (request.method === 'HEAD') return void response.end();
  createReadStream(filePath)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {string} text
 */
function sendText(response, status, text) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end(text);
}
