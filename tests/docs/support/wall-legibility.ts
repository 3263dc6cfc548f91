/** The wall's legibility from the back row: the smallest font size of any text inside a region. */
import type { Locator } from '@playwright/test';

/** The smallest computed font size (px) of the element and every descendant that holds text. */
export function smallestFontSize(region: Locator): Promise<number> {
  return region.evaluate((element) =>
    Math.min(
      ...[element, ...element.querySelectorAll('*')].map((node) =>
        node.textContent?.trim() ? parseFloat(getComputedStyle(node).fontSize) : Infinity,
      ),
    ),
  );
}
