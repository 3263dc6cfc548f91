import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  resolveAppPath,
} from '../../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shared/csp';

let work: string;
let dist: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'tandem-protocol-'));
  dist = path.join(work, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Tandem</title>');
  writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(dist, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(path.join(dist, 'assets', 'inter.woff2'), 'wOF2');
  writeFileSync(path.join(dist, 'assets', 'logo.svg'), '<svg/>');
  writeFileSync(path.join(work, 'secret.txt'), 'outside dist');
  symlinkSync(path.join(work, 'secret.txt'), path.join(dist, 'assets', 'link.txt'));
  serve = createAppProtocolHandler(dist);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

describe('app:// protocol handler', () => {
  it('serves index.html for the root path', async () => {
    const response = await get('app://tandem/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Tandem</title>');
  });

  it.each([
    ['app://tandem/index.html', 'text/html; charset=utf-8'],
    ['app://tandem/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://tandem/assets/index-abc.css', 'text/css; charset=utf-8'],
    ['app://tandem/assets/inter.woff2', 'font/woff2'],
    ['app://tandem/assets/logo.svg', 'image/svg+xml'],
  ])('serves %s as %s', async (url, mime) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(mime);
  });

  it.each([
    'app://tandem/',
    'app://tandem/assets/index-abc.js',
    'app://tandem/missing.js',
    'app://evil/index.html',
  ])('sends the strict CSP and nosniff with the response to %s', async (url) => {
    const response = await get(url);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['a plain .. traversal', 'app://tandem/../../etc/passwd'],
    ['an encoded .. traversal', 'app://tandem/%2e%2e/%2e%2e/etc/passwd'],
    ['an encoded slash traversal', 'app://tandem/..%2f..%2fsecret.txt'],
    ['an encoded backslash traversal', 'app://tandem/..%5c..%5csecret.txt'],
    ['an encoded backslash in a name', 'app://tandem/assets%5cindex-abc.js'],
    ['an encoded NUL', 'app://tandem/index.html%00.js'],
    ['a malformed escape', 'app://tandem/%E0%A4%A'],
    ['a symlink that leads out of dist', 'app://tandem/assets/link.txt'],
    ['the dist folder itself', 'app://tandem/assets/'],
    ['a missing file', 'app://tandem/nope.html'],
    ['a foreign host', 'app://evil/index.html'],
    ['our host with a port', 'app://tandem:8080/index.html'],
  ])('answers 404 to %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside dist');
  });

  it('answers 404 to methods other than GET and HEAD', async () => {
    expect((await get('app://tandem/index.html', 'POST')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://tandem/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('resolveAppPath', () => {
  it('keeps every resolved path inside dist', () => {
    expect(resolveAppPath('/srv/dist', 'app://tandem/assets/a.js')).toBe(
      path.resolve('/srv/dist/assets/a.js'),
    );
    expect(resolveAppPath('/srv/dist', 'app://tandem/%2e%2e/x')).toBe(path.resolve('/srv/dist/x'));
    expect(resolveAppPath('/srv/dist', 'app://tandem/..%2fx')).toBeNull();
  });

  it('refuses URLs with credentials (a Request cannot even carry them)', () => {
    expect(resolveAppPath('/srv/dist', 'app://user@tandem/index.html')).toBeNull();
  });
});

describe('app scheme privileges', () => {
  it('registers app: as a standard, secure, fetch-capable scheme without service workers or CSP bypass', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        allowServiceWorkers: false,
        bypassCSP: false,
      },
    });
  });
});
