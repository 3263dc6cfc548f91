/**
 * End-to-end tests: the BUILT renderer (`npm run test:e2e` runs `vite build` first) served by the
 * launcher's static server on the fixed port 4311, driven in the system Chromium. The port differs
 * from `npm start`'s 4310 so that test data can never land in the user's workspace: IndexedDB belongs
 * to the origin, port included. Each test gets its own persistent profile (tests/e2e/support).
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, builtRendererServer } from './tests/e2e/support/chromium';

/** 4311, or another fixed port where two checkouts run their end-to-end tests side by side. */
const PORT = Number(process.env.TANDEM_E2E_PORT ?? 4311);

export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its output folder at the start of a run; keep it away from the other suites' results.
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Time limits are sized for a busy shared machine (a load of 10 on 2 cores), not an idle one: they
  // only stop a test that makes no progress, and a test with more work sets its own limit from that
  // work (kill.spec.ts, long-meeting.spec.ts). Tests wait for what they need, never for a while
  // (docs/reliability.md, "Tests on a busy machine").
  timeout: 120_000,
  globalTimeout: 60 * 60_000,
  expect: { timeout: 30_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1366, height: 768 },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS },
  },
  webServer: builtRendererServer(PORT),
});
