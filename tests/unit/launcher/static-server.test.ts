import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';
import { resolveRequestPath, startStaticServer } from '../../../electron/launcher/static-server.mjs';

const ROOT = path.resolve('/srv/dist');

describe('resolveRequestPath', () => {
  it.each([
    ['/', path.join(ROOT, 'index.html')],
    ['/index.html?v=1#x', path.join(ROOT, 'index.html')],
    ['/assets/app-1a2b.js', path.join(ROOT, 'assets', 'app-1a2b.js')],
    ['/assets/', path.join(ROOT, 'assets', 'index.html')],
    ['/fonts/Inter%20Regular.woff2', path.join(ROOT, 'fonts', 'Inter Regular.woff2')],
    ['/../package.json', path.join(ROOT, 'package.json')],
  ])('maps %s inside the root', (url, expected) => {
    expect(resolveRequestPath(ROOT, url)).toBe(expected);
  });

  it.each([
    ['an encoded parent step', '/..%2f..%2fetc/passwd'],
    ['an encoded backslash', '/..%5cpackage.json'],
    ['a NUL byte', '/index.html%00.js'],
    ['malformed percent-encoding', '/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    expect(resolveRequestPath(ROOT, url)).toBeNull();
  });
});

describe('startStaticServer', () => {
  let root: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tandem-static-'));
    await mkdir(path.join(root, 'assets'));
    // The meta tag as Vite writes it: the policy's single quotes are entity-encoded.
    const meta = CONTENT_SECURITY_POLICY.replaceAll("'", '&#39;');
    await writeFile(
      path.join(root, 'index.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${meta}"></head></html>`,
    );
    await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
    await writeFile(path.join(root, 'assets', 'font.woff2'), new Uint8Array([1, 2, 3]));
    server = await startStaticServer({ root, port: 0 });
  });

  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('listens on loopback only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the page with the same policy as its meta tag, uncached', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it.each([
    ['assets/app.js', 'text/javascript; charset=utf-8'],
    ['assets/font.woff2', 'font/woff2'],
  ])('serves %s as %s', async (file, type) => {
    const response = await fetch(new URL(file, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('answers 404 for a missing file and 405 for a write', async () => {
    expect((await fetch(new URL('missing.js', server.url))).status).toBe(404);
    expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
  });

  it('refuses a second server on the same port with EADDRINUSE', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startStaticServer({ root, port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });
});
