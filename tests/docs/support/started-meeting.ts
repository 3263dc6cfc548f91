/**
 * The setup the documentation screenshots share: a meeting made from a template, Mara Lind
 * (Marketing) and Jon Vik (Sales) created on the fly as participants, and the meeting started.
 */
import type { Page } from '@playwright/test';
import { expect } from '../../e2e/support/tandem-test';

/** The UI words the setup needs, in the language of the screenshot. */
export interface SetupWords {
  newMeeting: string;
  startFrom: string;
  template: string;
  create: string;
  add: string;
  createPerson: (name: string) => string;
  group: string;
  department: string;
  createAndAdd: string;
  sales: string;
  start: string;
  logPoint: string;
}

export async function startedMeeting(page: Page, w: SetupWords): Promise<void> {
  await page.getByRole('button', { name: w.newMeeting, exact: true }).click();
  await page
    .getByRole('dialog')
    .getByRole('combobox', { name: w.startFrom })
    .selectOption({ label: w.template });
  await page.getByRole('dialog').getByRole('button', { name: w.create, exact: true }).click();
  for (const [name, department] of [
    ['Mara Lind', 'Marketing'],
    ['Jon Vik', w.sales],
  ] as const) {
    await page.getByRole('combobox', { name: w.add }).fill(name);
    await page.getByRole('option', { name: w.createPerson(name) }).click();
    const group = page.getByRole('group', { name: w.group });
    await group.getByRole('combobox', { name: w.department }).selectOption({ label: department });
    await group.getByRole('button', { name: w.createAndAdd }).click();
    await expect(group).toBeHidden();
  }
  await page.getByRole('button', { name: w.start }).click();
  await expect(page.getByRole('button', { name: w.logPoint })).toBeVisible();
}
