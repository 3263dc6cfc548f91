/**
 * Where the benchmark runs: the production build (`dist/`) with the bench pages under `bench/`,
 * served by the launcher's static server on loopback port 4320 (no other suite uses it), and
 * Chromium profiles copied from the one the reference workspace was seeded into.
 */
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { startStaticServer } from '../../electron/launcher/static-server.mjs';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, REPO_ROOT } from '../../tests/e2e/support/chromium';

/** 4320, or another fixed port where two checkouts run the benchmark side by side. */
export const PORT = Number(process.env.TANDEM_BENCH_PORT ?? 4320);
export const DIST = path.join(REPO_ROOT, 'dist');
const WORK = path.join(REPO_ROOT, '.tmp', 'bench');
const PAGES = path.join(WORK, 'pages');
const SITE = path.join(WORK, 'site');

export interface Site {
  url: string;
  close(): Promise<void>;
}

/** Copies the app and the bench pages into one folder and serves it. */
export async function serveSite(): Promise<Site> {
  await rm(SITE, { recursive: true, force: true });
  await mkdir(SITE, { recursive: true });
  await cp(DIST, SITE, { recursive: true });
  await cp(PAGES, path.join(SITE, 'bench'), { recursive: true });
  return startStaticServer({ root: SITE, port: PORT });
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'tandem-bench-profile-'));
}

/** A copy of a closed profile, so each phase starts from the same seeded workspace. */
export async function copyProfile(from: string): Promise<string> {
  const to = await newProfileDir();
  await cp(from, to, { recursive: true, filter: (source) => !path.basename(source).startsWith('Singleton') });
  return to;
}

export function launch(profileDir: string, baseURL: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_EXECUTABLE,
    args: CHROMIUM_ARGS,
    headless: true,
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
    timezoneId: 'Europe/Berlin',
  });
}

export const removeDir = (dir: string) => rm(dir, { recursive: true, force: true });
