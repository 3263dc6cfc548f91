/** Saves the page as documentation screenshots at laptop (1366×768, 1280×720) and projector (1920×1080) size. */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../../e2e/support/chromium';

/**
 * Resolves once the page has painted twice since the viewport changed, so a screenshot never
 * catches the page (or the export preview's frame) still laid out for the old size.
 */
async function painted(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
  );
}

/** Writes `docs/screenshots/<name>.png` (1366×768) and `<name>-1920.png` (1920×1080) of the viewport. */
export async function shootAtDocSizes(page: Page, name: string): Promise<void> {
  for (const { suffix, width, height } of [
    { suffix: '', width: 1366, height: 768 },
    { suffix: '-1920', width: 1920, height: 1080 },
  ]) {
    await page.setViewportSize({ width, height });
    await painted(page);
    await page.screenshot({
      path: path.join(REPO_ROOT, 'docs', 'screenshots', `${name}${suffix}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
  }
}

/**
 * Writes `docs/screenshots/<name>.png` (1366×768) and `test-results/screenshots/<name>-1280.png`
 * (1280×720, a 1920×1080 screen at 150 %, to look at rather than keep) of the viewport.
 */
export async function shootAtLaptopSizes(page: Page, name: string): Promise<void> {
  for (const { folder, suffix, width, height } of [
    { folder: path.join(REPO_ROOT, 'docs', 'screenshots'), suffix: '', width: 1366, height: 768 },
    {
      folder: path.join(REPO_ROOT, 'test-results', 'screenshots'),
      suffix: '-1280',
      width: 1280,
      height: 720,
    },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: path.join(folder, `${name}${suffix}.png`),
      animations: 'disabled',
      caret: 'hide',
    });
  }
}
