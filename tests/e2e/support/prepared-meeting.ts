/**
 * A meeting prepared through the UI, shared by the run and register specs: a new meeting from the
 * price and offer template, with Mara Lind (Marketing) and Jon Vik (Sales) created on the fly as
 * participants. Ends on the Prepare screen.
 */
import { expect, type Page } from '@playwright/test';

/** A new meeting from the price and offer template (its timed items), created through the dialog. */
export async function createFromTemplate(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog
    .getByRole('combobox', { name: 'Start from' })
    .selectOption({ label: 'Price and offer alignment (90 min)' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
  await dialog.getByRole('button', { name: 'Create' }).click();
}

export async function prepareMeeting(page: Page, title: string): Promise<void> {
  await createFromTemplate(page, title);
  for (const [name, department] of [
    ['Mara Lind', 'Marketing'],
    ['Jon Vik', 'Sales'],
  ] as const) {
    await page.getByRole('combobox', { name: 'Add participant' }).fill(name);
    await page.getByRole('option', { name: `Create “${name}”` }).click();
    const group = page.getByRole('group', { name: 'New person' });
    await group.getByRole('combobox', { name: 'Department' }).selectOption({ label: department });
    await group.getByRole('button', { name: 'Create and add' }).click();
    await expect(page.getByRole('combobox', { name: `Role of ${name}` })).toBeVisible();
  }
}
