/**
 * Every dialog of the app, opened where a user opens it and answered WITH THE MOUSE: each dialog must
 * lie fully inside the 1366×768 window, and a click on its button must reach it (what it does is
 * then seen on the screen, or the dialog closes on Cancel). Dialogs opened from a row of a long list
 * (the 200th point of a conflict log, a decision, an agenda item) used to be boxed into that row by
 * its `content-visibility` and could only be answered with Enter; ui/Dialog.tsx now opens them in
 * the browser's top layer. The run screen's checks run on a meeting with 250 points, imported from
 * a generated meeting file.
 */
import { writeFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { exportMeetingJson } from '../../renderer/domain/exchange/format';
import { sampleMeeting } from '../unit/domain/exchange-fixture';
import { cancelDialog, clickInDialog, dialogInView, expectInViewport } from './support/dialogs';
import { longMeetingJson } from './support/long-meeting-file';
import { expect, test } from './support/tandem-test';

async function importFile(page: Page, name: string, json: string): Promise<void> {
  const file = test.info().outputPath(name);
  await writeFile(file, json);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import meeting' }).click();
  await (await chooser).setFiles(file);
}

/** The long running meeting, on its run screen. */
async function openLongMeeting(page: Page): Promise<void> {
  await importFile(page, 'long.tandem.json', longMeetingJson(250, new Date()));
  await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
  await page.goto(`${page.url()}/run`);
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeVisible();
}

const conflictRows = (page: Page) =>
  page.getByRole('list', { name: 'Conflict points' }).getByRole('listitem');

/** The row of the point whose statement is exactly `statement`. */
const rowOf = (page: Page, statement: string) =>
  conflictRows(page).filter({ has: page.getByText(statement, { exact: true }) });

async function statementOfRow(page: Page, index: number): Promise<string> {
  const text = await conflictRows(page).nth(index).locator('.conflict-statement').textContent();
  if (!text) throw new Error(`row ${index + 1} has no statement`);
  return text;
}

test('the conflict log: Reframe and Resolve from the 50th point, and Log point, work by mouse', async ({
  app,
}) => {
  const page = app.page;
  await openLongMeeting(page);
  await expect(conflictRows(page)).toHaveCount(50);

  const deep = await statementOfRow(page, 49);
  await rowOf(page, deep)
    .getByRole('button', { name: /^Reframe as content issue/ })
    .click();
  const reframe = await dialogInView(page, 'Reframe as content issue');
  await clickInDialog(page, reframe, 'Reframe as content issue');
  await expect(reframe).toBeHidden();
  // The relationship point leaves the live log; the content question it became takes its place.
  await expect(rowOf(page, `What do we need to agree on about “${deep}”?`)).toHaveCount(1);
  await expect(rowOf(page, deep)).toHaveCount(0);

  const resolved = await statementOfRow(page, 48);
  await rowOf(page, resolved)
    .getByRole('button', { name: /^Resolve/ })
    .click();
  const resolve = await dialogInView(page, 'Resolve point');
  await resolve.getByRole('textbox', { name: 'Resolution' }).fill('Both sides meet on Mondays.');
  await clickInDialog(page, resolve, 'Resolve');
  await expect(resolve).toBeHidden();
  await expect(rowOf(page, resolved)).toContainText('Resolution: Both sides meet on Mondays.');

  const kept = await statementOfRow(page, 47);
  await rowOf(page, kept)
    .getByRole('button', { name: /^Resolve/ })
    .click();
  await cancelDialog(page, await dialogInView(page, 'Resolve point'));
  await expect(rowOf(page, kept)).not.toContainText('Resolution:');

  await page.getByRole('button', { name: 'Log point', exact: true }).click();
  const log = await dialogInView(page, 'Log point');
  // Log point is a light dialog (the page behind stays live, ui/Dialog.tsx): its backdrop takes a
  // click aimed at a control of the page, and the dialog stays open.
  const next = page.getByRole('button', { name: /^Next item/ });
  const nextBox = await next.boundingBox();
  if (!nextBox) throw new Error('Next item is not rendered');
  const running = page.locator('.run-active-title');
  const title = await running.textContent();
  await page.mouse.click(nextBox.x + nextBox.width / 2, nextBox.y + nextBox.height / 2);
  await expect(log).toBeVisible();
  await expect(running).toHaveText(title ?? '');
  await log.getByRole('textbox', { name: 'Statement' }).fill('Discount bands differ between regions');
  await log.getByRole('radio', { name: 'Content issue' }).click();
  await clickInDialog(page, log, 'Log point');
  await expect(log).toBeHidden();
  await expect(rowOf(page, 'Discount bands differ between regions')).toHaveCount(1);
});

test('the decision register, the projection, the export and the end of the meeting work by mouse', async ({
  app,
}) => {
  const page = app.page;
  await openLongMeeting(page);
  const decisions = page.getByRole('list', { name: 'Decision register' });
  const decision = (number: string) => decisions.getByRole('listitem').filter({ hasText: number });

  await page.getByRole('button', { name: 'Record decision', exact: true }).click();
  const record = await dialogInView(page, 'Record decision');
  await record.getByRole('textbox', { name: 'Statement' }).fill('One discount table for all regions');
  await clickInDialog(page, record, 'Record decision');
  await expect(record).toBeHidden();
  await expect(decisions).toContainText('One discount table for all regions');

  await decision('D-3').getByRole('button', { name: 'Edit D-3' }).click();
  await cancelDialog(page, await dialogInView(page, 'Edit D-3'));

  await decision('D-3').getByRole('button', { name: 'Record stances on D-3' }).click();
  const stances = await dialogInView(page, 'Record stances on D-3');
  await stances.getByLabel('Stance of Marketing').selectOption({ label: 'Agree' });
  await clickInDialog(page, stances, 'Save stances');
  await expect(stances).toBeHidden();
  await expect(decision('D-3')).toContainText('Agree');

  await decision('D-2').getByRole('button', { name: 'Mark D-2 decided' }).click();
  await cancelDialog(page, await dialogInView(page, 'Sales objects to D-2', 'alertdialog'));
  await expect(decision('D-2')).toContainText('Proposed');

  await page.getByRole('button', { name: 'Present here (F5)' }).click();
  const presentation = page.getByRole('dialog', { name: 'Presentation' });
  await expect(presentation).toBeVisible();
  expect(await presentation.boundingBox()).toEqual({ x: 0, y: 0, width: 1366, height: 768 });
  // Alt+L while presenting opens Log point over the presentation, where the mouse reaches it.
  await page.keyboard.press('Alt+L');
  const log = await dialogInView(page, 'Log point');
  await log.getByRole('textbox', { name: 'Statement' }).fill('Partner margins are unclear');
  await log.getByRole('radio', { name: 'Content issue' }).click();
  await clickInDialog(page, log, 'Log point');
  await expect(log).toBeHidden();
  await expect(presentation).toBeVisible();
  await clickInDialog(page, presentation, 'Leave presentation');
  await expect(presentation).toBeHidden();

  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const minutes = await dialogInView(page, 'Export minutes');
  await minutes.getByRole('radio', { name: 'Markdown', exact: true }).click();
  const download = page.waitForEvent('download');
  await clickInDialog(page, minutes, 'Save');
  const saved = (await download).suggestedFilename();
  await expect(minutes.getByRole('status')).toHaveText(`Saved ${saved}`);
  // Save kept the focus while the file was written (aria-disabled, not disabled), so Escape still
  // reaches the dialog.
  await expect(minutes.getByRole('button', { name: 'Save', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(minutes).toBeHidden();
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  await cancelDialog(page, await dialogInView(page, 'Export minutes'), 'Close');

  await page.getByRole('button', { name: /^End meeting/ }).click();
  const end = await dialogInView(page, 'End meeting?', 'alertdialog');
  // "?" over an open dialog stacks the shortcuts list on it; Escape closes only the innermost.
  await expect(end.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('?');
  const help = await dialogInView(page, 'Keyboard shortcuts');
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expect(end).toBeVisible();
  await cancelDialog(page, end);
  await expect(page.getByRole('button', { name: /^Next item/ })).toBeEnabled();

  await page.getByRole('button', { name: /^End meeting/ }).click();
  await clickInDialog(page, await dialogInView(page, 'End meeting?', 'alertdialog'), 'End meeting');
  await expect(page.getByRole('region', { name: 'Summary' })).toBeVisible();
});

test('the shortcuts list opens with "?" and closes by mouse', async ({ app }) => {
  const page = app.page;
  // Out of the search field, where "?" is typed rather than a shortcut.
  await page.getByRole('heading', { level: 1, name: 'Meetings' }).click();
  await page.keyboard.press('?');
  const help = await dialogInView(page, 'Keyboard shortcuts');
  await cancelDialog(page, help, 'Close');
});

test('meetings, import, prepare, people and definitions: every dialog works by mouse', async ({ app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'New meeting' }).click();
  const created = await dialogInView(page, 'New meeting');
  await created
    .getByRole('combobox', { name: 'Start from' })
    .selectOption({ label: 'Price and offer alignment (90 min)' });
  await created.getByRole('textbox', { name: 'Title' }).fill('Pricing alignment');
  await clickInDialog(page, created, 'Create');
  await expect(page.getByRole('heading', { level: 1, name: 'Pricing alignment' })).toBeVisible();

  await preparedDialogs(page);

  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await page.getByRole('button', { name: 'Rename Pricing alignment' }).click();
  const rename = await dialogInView(page, 'Rename meeting');
  await rename.getByRole('textbox', { name: 'Title' }).fill('Pricing 2027');
  await clickInDialog(page, rename, 'Rename');
  await expect(page.getByRole('link', { name: 'Pricing 2027' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Pricing 2027' }).click();
  await cancelDialog(page, await dialogInView(page, 'Delete meeting?', 'alertdialog'));
  await page.getByRole('button', { name: 'Delete Pricing 2027' }).click();
  await clickInDialog(page, await dialogInView(page, 'Delete meeting?', 'alertdialog'), 'Delete');
  await expect(page.getByRole('link', { name: 'Pricing 2027' })).toHaveCount(0);

  await importFile(page, 'broken.tandem.json', '{"format": "tandem.meeting", "version": 1');
  await cancelDialog(page, await dialogInView(page, 'This file cannot be imported', 'alertdialog'), 'Close');
  const sample = exportMeetingJson(sampleMeeting(), '2026-12-02T08:00:00.000Z');
  await importFile(page, 'sample.tandem.json', sample);
  await expect(page.getByRole('heading', { level: 1, name: 'Q1 joint strategy' })).toBeVisible();
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await importFile(page, 'sample.tandem.json', sample);
  await clickInDialog(page, await dialogInView(page, 'This meeting is already here'), 'Import as a copy');
  // The copy's decision takes the next free number, and the import says so.
  const renumbered = await dialogInView(page, 'Import meeting');
  await expect(renumbered).toContainText('Decision D-1 is now D-2');
  await cancelDialog(page, renumbered, 'Close');
  await page.getByRole('link', { name: 'Meetings', exact: true }).click();
  await expect(page.getByRole('link', { name: /^Q1 joint strategy/ })).toHaveCount(2);

  await page.getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const person = await dialogInView(page, 'Add person');
  await person.getByRole('textbox', { name: 'Name' }).fill('Mara Lind');
  await clickInDialog(page, person, 'Add');
  await expect(person).toBeHidden();
  await expect(page.getByRole('list', { name: 'People' })).toContainText('Mara Lind');

  await page.getByRole('link', { name: 'Agreed definitions' }).click();
  await page.getByRole('button', { name: 'Add definition' }).click();
  const definition = await dialogInView(page, 'Add definition');
  await definition.getByRole('textbox', { name: 'Term' }).fill('Warm lead');
  await definition.getByRole('textbox', { name: 'Meaning' }).fill('A lead that asked for an offer');
  await clickInDialog(page, definition, 'Save');
  await expect(definition).toBeHidden();
  await expect(page.getByRole('list', { name: 'Agreed definitions' })).toContainText('Warm lead');
});

/** On Prepare: an agenda row's Edit, and Save agenda as template. */
async function preparedDialogs(page: Page): Promise<void> {
  const agenda = page.getByRole('list', { name: /Agenda/ });
  const edit: Locator = agenda.getByRole('button', { name: /^Edit / }).last();
  await edit.scrollIntoViewIfNeeded();
  await expectInViewport(page, edit);
  await edit.click();
  const item = await dialogInView(page, 'Edit agenda item');
  await item.getByRole('textbox', { name: 'Item title' }).fill('Close with the price list');
  await clickInDialog(page, item, 'Save item');
  await expect(item).toBeHidden();
  await expect(agenda).toContainText('Close with the price list');

  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Save agenda as template' }).click();
  const template = await dialogInView(page, 'Save agenda as template');
  await template.getByRole('textbox', { name: 'Name of the template' }).fill('Pricing');
  await clickInDialog(page, template, 'Save');
  await expect(page.getByText('Saved as template “Pricing”.')).toBeVisible();
}
