import { describe, expect, it } from 'vitest';
import { isAllowedWindowUrl, isAppUrl } from '../../../electron/main/trusted-url';

const HOSTILE_URLS: Array<[name: string, url: string]> = [
  ['file URL', 'file:///etc/passwd'],
  ['file URL of the built app', 'file:///opt/Tandem/resources/app.asar/dist/index.html'],
  ['http', 'http://tandem/'],
  ['https', 'https://example.com/'],
  ['localhost dev server', 'http://127.0.0.1:4312/'],
  ['javascript:', 'javascript:alert(1)'],
  ['data: HTML', 'data:text/html,<script>alert(1)</script>'],
  ['blob:', 'blob:app://tandem/7d1b1a5e-0000-4000-8000-000000000000'],
  ['about:blank', 'about:blank'],
  ['other host', 'app://evil/'],
  ['host with our name as prefix', 'app://tandem.evil.com/'],
  ['our name as user info', 'app://tandem@evil/'],
  ['credentials before our host', 'app://evil@tandem/'],
  ['user and password', 'app://user:secret@tandem/'],
  ['explicit port', 'app://tandem:443/'],
  ['mixed-case scheme and host (not produced by Chromium)', 'APP://Tandem/'],
  ['Cyrillic а lookalike', 'app://tаndem/'],
  ['punycode lookalike', 'app://xn--tndem-5ve/'],
  ['trailing dot host', 'app://tandem./'],
  ['percent-encoded host', 'app://tandem%2eevil/'],
  ['leading whitespace', ' app://tandem/'],
  ['leading tab', '\tapp://tandem/'],
  ['trailing newline', 'app://tandem/\n'],
  ['embedded NUL', 'app://tandem/\u0000'],
  ['opaque app URL', 'app:tandem'],
  ['app URL without host', 'app:///tandem/'],
  ['single slash', 'app:/tandem/'],
  ['other custom scheme', 'tandem://app/'],
  ['chrome scheme', 'chrome://settings'],
  ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ['empty string', ''],
  ['garbage', 'not a url'],
];

describe('isAppUrl', () => {
  it.each([
    ['the start page', 'app://tandem/'],
    ['index.html', 'app://tandem/index.html'],
    ['an asset', 'app://tandem/assets/index-abc123.js'],
    ['a hash route', 'app://tandem/#/audience'],
  ])('accepts %s of our origin', (_name, url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(HOSTILE_URLS)('refuses %s', (_name, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isAllowedWindowUrl', () => {
  it.each([
    ['the audience view', 'app://tandem/#/audience'],
    ['a hash route on index.html', 'app://tandem/index.html#/audience'],
    ['a nested hash route', 'app://tandem/#/meetings/1f0c-42'],
  ])('allows %s', (_name, url) => {
    expect(isAllowedWindowUrl(url)).toBe(true);
  });

  it.each<[string, string]>([
    ...HOSTILE_URLS,
    ['an app URL without a hash route', 'app://tandem/'],
    ['an asset of our origin', 'app://tandem/assets/index.js#/x'],
    ['a query string', 'app://tandem/?next=https://evil#/audience'],
    ['a hash that is not a route', 'app://tandem/#audience'],
    ['a hash route with odd characters', 'app://tandem/#/<script>'],
    ['an audience route on a foreign origin', 'https://evil.example/#/audience'],
  ])('denies %s', (_name, url) => {
    expect(isAllowedWindowUrl(url)).toBe(false);
  });
});
