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

/** The setup words in each language of the screenshots. */
export const SETUP_WORDS: Record<'en' | 'de', SetupWords> = {
  en: {
    newMeeting: 'New meeting',
    startFrom: 'Start from',
    template: 'Quarterly joint strategy session (120 min)',
    create: 'Create',
    add: 'Add participant',
    createPerson: (name) => `Create “${name}”`,
    group: 'New person',
    department: 'Department',
    createAndAdd: 'Create and add',
    sales: 'Sales',
    start: 'Start meeting',
    logPoint: 'Log point',
  },
  de: {
    newMeeting: 'Neue Besprechung',
    startFrom: 'Ausgangspunkt',
    template: 'Gemeinsame Quartalsstrategie Marketing und Vertrieb (120 Min.)',
    create: 'Anlegen',
    add: 'Teilnehmende hinzufügen',
    createPerson: (name) => `„${name}“ anlegen`,
    group: 'Neue Person',
    department: 'Abteilung',
    createAndAdd: 'Anlegen und hinzufügen',
    sales: 'Vertrieb',
    start: 'Besprechung starten',
    logPoint: 'Punkt erfassen',
  },
};

/** Creates the meeting from the template, adds both participants and starts it. */
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
