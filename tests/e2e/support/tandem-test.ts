/**
 * The `app` fixture: Tandem's built renderer in a real Chromium with a PERSISTENT profile in a fresh
 * temporary folder. Every test starts with an empty workspace (IndexedDB lives in the profile), and a
 * test can close the whole browser and launch it again on the same profile to prove that data survives.
 * The browser is always closed and the folder always removed, whatever the test did.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, chromium, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './chromium';

export interface TandemApp {
  /** The page showing Tandem in the current browser run (a new object after `restart`). */
  readonly page: Page;
  /** Closes the browser, launches it again on the same profile and opens the app; resolves to the new page. */
  restart(): Promise<Page>;
}

export const test = base.extend<{ app: TandemApp }>({
  app: async ({ baseURL, viewport, locale, timezoneId, headless }, use, testInfo) => {
    const profileDir = await mkdtemp(path.join(os.tmpdir(), 'tandem-e2e-profile-'));
    const run: { context: BrowserContext | null; page: Page | null } = { context: null, page: null };

    const launch = async (): Promise<Page> => {
      const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: CHROMIUM_EXECUTABLE,
        args: CHROMIUM_ARGS,
        headless,
        baseURL,
        viewport,
        locale,
        timezoneId,
      });
      run.context = context;
      const page = context.pages()[0] ?? (await context.newPage());
      run.page = page;
      await page.goto('/');
      return page;
    };
    const close = async () => {
      const context = run.context;
      run.context = null;
      run.page = null;
      await context?.close();
    };

    try {
      await launch();
      await use({
        get page() {
          if (!run.page) throw new Error('The browser is not running.');
          return run.page;
        },
        restart: async () => {
          await close();
          return launch();
        },
      });
      if (testInfo.status !== testInfo.expectedStatus && run.page) {
        // A file next to Playwright's error context, so the failure can be seen without a report viewer.
        const file = testInfo.outputPath('screen-at-failure.png');
        const taken = await run.page.screenshot({ path: file }).then(
          () => true,
          () => false,
        );
        if (taken) await testInfo.attach('screen at failure', { path: file, contentType: 'image/png' });
      }
    } finally {
      await close();
      await rm(profileDir, { recursive: true, force: true });
    }
  },
});

export { expect } from '@playwright/test';
