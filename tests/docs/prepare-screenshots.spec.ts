/**
 * Documentation screenshots of preparing a meeting: the Prepare screen of a quarterly joint
 * session made from the built-in template, with both sides taking part, plus the People directory
 * and the agreed definitions — in English and German, at laptop and projector size.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../e2e/support/chromium';
import { expect, test } from '../e2e/support/tandem-test';
import { SETUP_WORDS } from './support/started-meeting';

type Language = 'en' | 'de';

const WORDS = {
  en: {
    ...SETUP_WORDS.en,
    unit: 'Organisation unit',
    goal: 'Goal',
    goalText: 'Agree the three priorities for Q1 that Marketing and Sales will both carry.',
    location: 'Location',
    people: 'People',
    definitions: 'Agreed definitions',
    newDefinition: 'New definition',
    term: 'Term',
    meaning: 'Meaning',
    addDefinition: 'Add definition',
    departments: { marketing: 'Marketing', sales: 'Sales' },
  },
  de: {
    ...SETUP_WORDS.de,
    unit: 'Organisationseinheit',
    goal: 'Ziel',
    goalText: 'Die drei Prioritäten für Q1 vereinbaren, die Marketing und Vertrieb gemeinsam tragen.',
    location: 'Ort',
    people: 'Personen',
    definitions: 'Vereinbarte Definitionen',
    newDefinition: 'Neue Definition',
    term: 'Begriff',
    meaning: 'Bedeutung',
    addDefinition: 'Definition hinzufügen',
    departments: { marketing: 'Marketing', sales: 'Vertrieb' },
  },
} as const;

const PEOPLE = [
  { name: 'Mara Lind', department: 'marketing', unit: 'Central Marketing' },
  { name: 'Jon Vik', department: 'sales', unit: 'Sales Nordics' },
  { name: 'Inês Prado', department: 'sales', unit: 'Sales Iberia' },
  { name: 'Felix Braun', department: 'marketing', unit: 'Product Marketing' },
] as const;

async function prepare(page: Page, language: Language) {
  const w = WORDS[language];
  await page.getByRole('button', { name: w.newMeeting, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(language === 'en' ? 'Date' : 'Datum').fill('2027-01-12');
  await dialog.getByRole('combobox', { name: w.startFrom }).selectOption({ label: w.template });
  await dialog.getByRole('button', { name: w.create, exact: true }).click();
  await page.getByRole('textbox', { name: w.goal }).fill(w.goalText);
  await page.getByRole('textbox', { name: w.location }).fill('Hamburg, Elbe room');
  for (const person of PEOPLE) {
    await page.getByRole('combobox', { name: w.add }).fill(person.name);
    await page.getByRole('option', { name: w.createPerson(person.name) }).click();
    const group = page.getByRole('group', { name: w.group });
    await group
      .getByRole('combobox', { name: w.department })
      .selectOption({ label: w.departments[person.department] });
    await group.getByRole('textbox', { name: w.unit }).fill(person.unit);
    await group.getByRole('button', { name: w.createAndAdd }).click();
    await expect(group).toBeHidden();
  }
  await page.getByRole('button', { name: w.newDefinition }).click();
  await page
    .getByRole('textbox', { name: w.term })
    .fill(language === 'en' ? 'Qualified lead' : 'Qualifizierter Lead');
  await page
    .getByRole('textbox', { name: w.meaning })
    .fill(
      language === 'en'
        ? 'Budget, need and a named contact are confirmed by Sales within 5 working days.'
        : 'Budget, Bedarf und Ansprechpartner sind vom Vertrieb binnen 5 Arbeitstagen bestätigt.',
    );
  await page.getByRole('button', { name: w.addDefinition }).click();
}

async function shoot(page: Page, name: string, { fold = false } = {}) {
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    // From the top, as the screen opens: the sticky section outline sits under the header.
    window.scrollTo(0, 0);
  });
  for (const { suffix, width, height, fullPage } of [
    { suffix: '', width: 1366, height: 768, fullPage: true },
    // What the window shows before any scrolling, to see what starts below the fold.
    ...(fold ? [{ suffix: '-1366-fold', width: 1366, height: 768, fullPage: false }] : []),
    { suffix: '-1920', width: 1920, height: 1080, fullPage: false },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({
      path: path.join(REPO_ROOT, 'docs', 'screenshots', `${name}${suffix}.png`),
      fullPage,
      animations: 'disabled',
      caret: 'hide',
    });
  }
}

/** An agenda item's Edit dialog, refusing an empty title and a timebox that is not a number. */
async function editDialog(page: Page, language: Language) {
  const en = language === 'en';
  await page
    .getByRole('button', {
      name: en ? /^Edit Priorities for/ : /^Schwerpunkte für das kommende Quartal bearbeiten/,
    })
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: en ? 'Item title' : 'Titel des Punkts' }).fill('');
  await dialog.getByRole('textbox', { name: en ? 'Timebox (minutes)' : 'Zeitrahmen (Minuten)' }).fill('x');
  await dialog.getByRole('button', { name: en ? 'Save item' : 'Punkt speichern' }).click();
  await expect(dialog.locator('.field-error').first()).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({
    path: path.join(REPO_ROOT, 'docs', 'screenshots', `edit-agenda-item-${language}.png`),
    animations: 'disabled',
    caret: 'hide',
  });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
}

for (const language of ['en', 'de'] as const) {
  test.describe(`in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'de-DE' });

    test(`Prepare, People and Agreed definitions screens (${language})`, async ({ app }) => {
      const page = app.page;
      await prepare(page, language);
      await shoot(page, `prepare-${language}`, { fold: true });
      await editDialog(page, language);
      await page.getByRole('link', { name: WORDS[language].people, exact: true }).click();
      await shoot(page, `people-${language}`);
      await page.getByRole('link', { name: WORDS[language].definitions, exact: true }).click();
      await shoot(page, `definitions-${language}`);
    });
  });
}
