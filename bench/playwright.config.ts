/**
 * The benchmark (`npm run bench`, `npm run bench:ci`): one spec, one worker, in order. It serves the
 * production build itself (bench/support/site.ts, port 4320), so there is no web server block here.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '.',
  testMatch: 'bench.spec.ts',
  outputDir: '../test-results/bench-artifacts',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 20 * 60_000,
  expect: { timeout: 20_000 },
  use: { actionTimeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: '../test-results/bench.json' }]],
});
