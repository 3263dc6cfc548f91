/**
 * The wall (audience window) on the projector: its full-screen control shows only while the
 * pointer moves and fades after a short idle; B gives a truly black wall, with nothing visible on
 * it (no button, no text), even when the pointer moves.
 */
import type { Page } from '@playwright/test';
import { startLiveMeeting } from './support/live-meeting';
import { expect, test } from './support/tandem-test';

/** Every element a viewer could see: a box larger than a pixel, not hidden, carrying text or a control. */
function visibleThings(page: Page) {
  return page.evaluate(() =>
    [...document.body.querySelectorAll('*')]
      .filter((element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        const text = [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
        );
        const control = element.matches('button, input, select, a');
        return (
          (text || control) &&
          box.width > 1 &&
          box.height > 1 &&
          style.visibility !== 'hidden' &&
          Number(style.opacity) > 0
        );
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );
}

test('B blanks the wall completely; the full-screen control shows on pointer movement only', async ({
  app,
}) => {
  const { page } = app;
  await startLiveMeeting(page, 'Pricing alignment');
  const [audience] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await audience.setViewportSize({ width: 1920, height: 1080 });
  const wall = audience.locator('.audience');
  await expect(wall).toHaveAttribute('data-mode', 'current');
  const fullScreen = audience.getByRole('button', { name: 'Full screen' });

  // Idle: the control is there for the keyboard but not seen.
  await expect(fullScreen).toHaveCSS('opacity', '0');
  await audience.mouse.move(400, 300);
  await audience.mouse.move(420, 320);
  await expect(fullScreen).toHaveAttribute('data-shown', 'true');
  await expect(fullScreen).toHaveCSS('opacity', '1');
  // After a short idle it fades again.
  await expect(fullScreen).toHaveAttribute('data-shown', 'false');

  await audience.keyboard.press('b');
  await expect(wall).toHaveAttribute('data-mode', 'blank');
  await audience.mouse.move(600, 500);
  await audience.mouse.move(640, 520);
  await expect(fullScreen).toHaveCount(0);
  expect(await visibleThings(audience)).toEqual([]);
  await expect(wall).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await audience.screenshot({ path: test.info().outputPath('blank-wall.png') });

  await audience.keyboard.press('b');
  await expect(wall).toHaveAttribute('data-mode', 'current');
  await audience.mouse.move(700, 600);
  await expect(fullScreen).toHaveAttribute('data-shown', 'true');
  await audience.screenshot({ path: test.info().outputPath('current-wall.png') });
});
