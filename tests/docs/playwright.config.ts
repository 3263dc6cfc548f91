/**
 * Screenshots of the Meetings screen for the README and docs (`npm run docs:screenshots`), taken in the
 * system Chromium from the built renderer with meetings created through the UI. Not part of `npm test`.
 * Port 4313 keeps it apart from the end-to-end tests (4311) and the user's browser build (4310).
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, REPO_ROOT, builtRendererServer } from '../e2e/support/chromium';

/** 4313, or another fixed port where two checkouts take screenshots side by side. */
const PORT = Number(process.env.TANDEM_DOCS_PORT ?? 4313);

export default defineConfig({
  testDir: '.',
  outputDir: path.join(REPO_ROOT, 'test-results', 'docs-artifacts'),
  workers: 1,
  retries: 0,
  timeout: 60_000,
  globalTimeout: 5 * 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
  },
  webServer: builtRendererServer(PORT),
});
