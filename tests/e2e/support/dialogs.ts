/**
 * Modal dialogs as a mouse user meets them: the dialog is found by its role and name, checked to lie
 * fully inside the window (nothing clips it), and its buttons are clicked with the mouse. Playwright's
 * click waits until the button itself would receive the click, so a dialog hidden behind or cut off
 * by something else fails here rather than clicking what lies on top.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Fails unless `locator`'s box lies fully inside the page's viewport. */
export async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const viewport = page.viewportSize();
  const box = await locator.boundingBox();
  if (!viewport || !box) throw new Error('No viewport or no box: the element is not rendered.');
  expect(box.x, 'left edge').toBeGreaterThanOrEqual(0);
  expect(box.y, 'top edge').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge').toBeLessThanOrEqual(viewport.width);
  expect(box.y + box.height, 'bottom edge').toBeLessThanOrEqual(viewport.height);
}

/** The open dialog named `name`, visible and fully inside the window. */
export async function dialogInView(
  page: Page,
  name: string | RegExp,
  role: 'dialog' | 'alertdialog' = 'dialog',
): Promise<Locator> {
  const dialog = page.getByRole(role, { name, exact: typeof name === 'string' });
  await expect(dialog).toBeVisible();
  await expectInViewport(page, dialog);
  return dialog;
}

/**
 * Clicks the button named `name` in `dialog` with the mouse, after checking it is in the window once
 * scrolled to (a long dialog scrolls inside itself).
 */
export async function clickInDialog(page: Page, dialog: Locator, name: string): Promise<void> {
  const button = dialog.getByRole('button', { name, exact: true });
  // A live dialog may render the button anew while it is scrolled to (the meeting runs behind it):
  // scroll and check again until both hold for the same element.
  await expect(async () => {
    await button.scrollIntoViewIfNeeded({ timeout: 5_000 });
    await expectInViewport(page, button);
  }).toPass({ timeout: 20_000 });
  await button.click();
}

/** Clicks Cancel (or `cancel`) in the dialog with the mouse and waits for the dialog to close. */
export async function cancelDialog(page: Page, dialog: Locator, cancel = 'Cancel'): Promise<void> {
  await clickInDialog(page, dialog, cancel);
  await expect(dialog).toBeHidden();
}
