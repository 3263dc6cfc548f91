/**
 * Preparing a joint meeting end to end, in German: from a template, with participants of both
 * sides created on the fly, the agenda reordered by keyboard and a definition attached — all of
 * it still there after a reload. Then the next meeting of the series, with exactly the open items.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './support/tandem-test';

const QUARTERLY_DE = 'Gemeinsame Quartalsstrategie Marketing und Vertrieb';

async function switchToGerman(page: Page) {
  await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: 'Deutsch' });
  await expect(page.getByRole('heading', { level: 1, name: 'Besprechungen' })).toBeVisible();
}

async function addNewParticipant(page: Page, name: string, department: string, unit: string) {
  const picker = page.getByRole('combobox', { name: 'Teilnehmende hinzufügen' });
  await picker.fill(name);
  await page.getByRole('option', { name: `„${name}“ anlegen` }).click();
  const form = page.getByRole('group', { name: 'Neue Person' });
  await form.getByRole('combobox', { name: 'Abteilung' }).selectOption({ label: department });
  await form.getByRole('textbox', { name: 'Organisationseinheit' }).fill(unit);
  await form.getByRole('button', { name: 'Anlegen und hinzufügen' }).click();
  await expect(page.getByRole('combobox', { name: `Rolle von ${name}` })).toBeVisible();
}

function agendaTitles(page: Page) {
  return page.getByRole('list', { name: 'Tagesordnung' }).locator('.agenda-title');
}

test('prepares a German meeting from a template and finds everything after a reload', async ({ app }) => {
  const page = app.page;
  await switchToGerman(page);
  await page.getByRole('button', { name: 'Neue Besprechung' }).click();
  const dialog = page.getByRole('dialog', { name: 'Neue Besprechung' });
  await dialog.getByLabel('Datum').fill('2027-01-12');
  await dialog
    .getByRole('combobox', { name: 'Ausgangspunkt' })
    .selectOption({ label: `${QUARTERLY_DE} (120 Min.)` });
  await expect(dialog.getByRole('textbox', { name: 'Titel' })).toHaveValue(QUARTERLY_DE);
  await dialog.getByRole('button', { name: 'Anlegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUARTERLY_DE })).toBeVisible();

  await addNewParticipant(page, 'Mara Lind', 'Marketing', 'Zentrales Marketing');
  await expect(page.getByText(/Niemand aus dem Vertrieb nimmt teil/)).toBeVisible();
  await addNewParticipant(page, 'Jon Vik', 'Vertrieb', 'Vertrieb Iberia');
  await expect(page.getByText(/Niemand aus dem Vertrieb/)).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Moderation' }).selectOption({ label: 'Mara Lind' });

  await expect(agendaTitles(page)).toHaveCount(8);
  const before = await agendaTitles(page).allTextContents();
  const [first = '', second = '', third = '', ...rest] = before;
  expect(rest.length).toBeGreaterThan(2);
  await page.getByRole('listitem', { name: `Tagesordnungspunkt 3: ${third}` }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  const reordered = [first, third, second, ...rest];
  await expect(agendaTitles(page)).toHaveText(reordered);

  await page.getByRole('button', { name: 'Neue Definition' }).click();
  await page.getByRole('textbox', { name: 'Begriff' }).fill('Qualifizierter Lead');
  await page
    .getByRole('textbox', { name: 'Bedeutung' })
    .fill('Budget, Bedarf und Ansprechpartner sind bestätigt.');
  await page.getByRole('button', { name: 'Definition hinzufügen' }).click();
  await expect(page.getByRole('button', { name: 'Qualifizierter Lead lösen' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: QUARTERLY_DE })).toBeVisible();
  await expect(agendaTitles(page)).toHaveText(reordered);
  await expect(page.getByRole('combobox', { name: 'Rolle von Mara Lind' })).toHaveValue('facilitator');
  await expect(page.getByRole('combobox', { name: 'Rolle von Jon Vik' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Qualifizierter Lead lösen' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sprache des Protokolls' })).toHaveValue('de');
  await expect(page.getByRole('textbox', { name: 'Spielregel 1' })).toHaveValue(/Sache, nie über die Person/);
});

test('plans the next meeting once, carrying over exactly the open question', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Monthly alignment');
  await dialog.getByLabel('Date').fill('2026-12-07');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly alignment' })).toBeVisible();

  const knowledge = page.getByRole('region', { name: 'Knowledge' });
  await knowledge.getByRole('radio', { name: 'Question' }).check();
  await knowledge.getByRole('textbox', { name: 'Text' }).fill('Why did churn rise in Iberia?');
  await knowledge.getByRole('button', { name: 'Add fact or question' }).click();
  await knowledge.getByRole('radio', { name: 'Fact' }).check();
  await knowledge.getByRole('textbox', { name: 'Text' }).fill('Win rate in DACH is 31 %.');
  await knowledge.getByRole('button', { name: 'Add fact or question' }).click();
  await expect(
    knowledge.getByRole('list', { name: 'Facts' }).getByText('Win rate in DACH is 31 %.'),
  ).toBeVisible();
  await expect(knowledge.getByRole('textbox', { name: 'Text' })).toHaveValue('');
  const firstUrl = page.url();

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Plan next meeting' }).click();
  const plan = page.getByRole('dialog', { name: 'Plan next meeting' });
  await expect(plan.getByLabel('Date of the next meeting')).toHaveValue('2026-12-14');
  await plan.getByRole('button', { name: 'Plan and open' }).click();
  await expect(page).not.toHaveURL(firstUrl);
  await expect(page.getByLabel('Date')).toHaveValue('2026-12-14');
  const carried = page.getByRole('region', { name: 'Carried over from the last meeting' });
  await expect(carried.getByRole('list', { name: 'Open questions' }).getByRole('listitem')).toHaveText([
    /Why did churn rise in Iberia\?/,
  ]);
  await expect(carried.getByText('Win rate in DACH')).toHaveCount(0);
  const nextUrl = page.url();

  await page.goto(firstUrl);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: /^Open next meeting/ }).click();
  await expect(page).toHaveURL(nextUrl);
  await expect(carried.getByRole('list', { name: 'Open questions' }).getByRole('listitem')).toHaveCount(1);

  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Meetings' }).getByRole('listitem')).toHaveCount(2);
});

test('reorders the agenda by dragging an item onto another place', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New meeting' }).click();
  const dialog = page.getByRole('dialog', { name: 'New meeting' });
  await dialog
    .getByRole('combobox', { name: 'Start from' })
    .selectOption({ label: 'Price and offer alignment (90 min)' });
  await dialog.getByRole('button', { name: 'Create' }).click();
  const titles = page.getByRole('list', { name: 'Agenda' }).locator('.agenda-title');
  await expect(titles).toHaveCount(8);
  const [first = '', second = '', third = '', fourth = '', ...rest] = await titles.allTextContents();

  await page
    .getByRole('listitem', { name: `Agenda item 4: ${fourth}` })
    .dragTo(page.getByRole('listitem', { name: `Agenda item 1: ${first}` }));

  await expect(titles).toHaveText([fourth, first, second, third, ...rest]);
  await page.reload();
  await expect(titles).toHaveText([fourth, first, second, third, ...rest]);
});
