/**
 * Quick votes end to end: a vote set up by mouse from a decision's alternatives and a fist-of-five
 * set up by Alt+V, hands counted, closed, attached to the decision, projected live on the wall,
 * still there after a reload, and in the Markdown minutes.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/tandem-test';
import { startLiveMeeting } from './support/live-meeting';

test('votes are counted, closed, attached, projected, kept and written to the minutes', async ({ app }) => {
  const page = app.page;
  await startLiveMeeting(page, 'Segment vote');

  // A decision whose alternatives become the options.
  await page.keyboard.press('Alt+E');
  const record = page.getByRole('dialog', { name: 'Record decision' });
  await record.getByRole('textbox', { name: 'Statement' }).fill('Which segment do we serve first?');
  await record.getByRole('textbox', { name: 'Alternatives considered' }).fill('Enterprise; Mid-market');
  await record.getByRole('button', { name: 'Record decision' }).click();
  await expect(record).toBeHidden();

  // The first vote by mouse, from the decision.
  await page.getByRole('button', { name: 'Quick vote' }).click();
  const setup = page.getByRole('dialog', { name: 'Quick vote' });
  await setup
    .getByLabel('Question and options from a decision')
    .selectOption({ label: 'D-1 Which segment do we serve first?' });
  await expect(setup.getByRole('textbox', { name: 'Options, one per line' })).toHaveValue(
    'Enterprise\nMid-market',
  );
  await setup.getByRole('button', { name: 'Start vote' }).click();
  const count = page.getByRole('dialog', { name: 'Count hands: Which segment do we serve first?' });
  await count.getByRole('button', { name: 'One more hand: Enterprise, Sales' }).click();
  await expect(count.getByRole('textbox', { name: 'Hands: Enterprise, Sales' })).toHaveValue('1');
  await count.getByRole('button', { name: 'One more hand: Enterprise, Sales' }).click();
  await expect(count.getByRole('textbox', { name: 'Hands: Enterprise, Sales' })).toHaveValue('2');
  await count.getByRole('textbox', { name: 'Hands: Mid-market, Marketing' }).fill('5');
  await expect(count.getByText('Most hands: Mid-market')).toBeVisible();

  await count.getByRole('button', { name: 'Close vote' }).click();
  await expect(count).toBeHidden();
  const decisions = page.getByRole('list', { name: 'Decision register' });
  await expect(decisions).toContainText('Vote: Which segment do we serve first? – Most hands: Mid-market');

  // The second by Alt+V: a fist-of-five, projected while it runs.
  const [wall] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('button', { name: 'Audience view', exact: true }).click(),
  ]);
  await page.bringToFront();
  await page.keyboard.press('Alt+V');
  await expect(setup.getByRole('textbox', { name: 'Question' })).toBeFocused();
  await page.keyboard.type('Can we live with Mid-market first?');
  await setup.getByRole('radio', { name: 'Fist of five (consent)' }).check();
  await setup.getByRole('button', { name: 'Start vote' }).press('Enter');
  const fist = page.getByRole('dialog', { name: 'Count hands: Can we live with Mid-market first?' });
  const salesFour = fist.getByRole('textbox', { name: 'Hands: 4, Sales' });
  await salesFour.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(salesFour).toHaveValue('3');
  await fist.getByRole('textbox', { name: 'Hands: 1, Marketing' }).fill('1');
  await expect(fist.getByText('Objection to resolve: 1 of 4 showed 0–1 fingers (average 3.3)')).toBeVisible();
  const projected = wall.getByRole('region', { name: 'Vote' });
  await expect(projected.getByRole('heading', { name: 'Can we live with Mid-market first?' })).toBeVisible();
  await expect(projected.getByRole('row', { name: /^4 / })).toContainText('3');
  await expect(projected).toContainText('Objection to resolve');
  await fist.getByRole('button', { name: 'Close vote' }).press('Enter');
  await expect(fist).toBeHidden();
  await expect(wall.getByRole('region', { name: 'Vote' })).toHaveCount(0);
  await wall.close();

  // Attached to the decision by hand.
  await page
    .getByLabel('Informed decision: Can we live with Mid-market first?')
    .selectOption({ label: 'D-1 Which segment do we serve first?' });
  await expect(decisions).toContainText('Vote: Can we live with Mid-market first? – Objection to resolve');

  // A reload keeps both.
  await page.reload();
  const votes = page.getByRole('list', { name: 'Votes' }).getByRole('listitem');
  await expect(votes).toHaveCount(2);
  await expect(votes.first()).toContainText('Can we live with Mid-market first?');
  await expect(page.getByLabel('Informed decision: Which segment do we serve first?')).toHaveValue(/.+/);
  await expect(decisions).toContainText('Most hands: Mid-market');

  // The Markdown minutes list both votes with their counts and the decision.
  await page.getByRole('button', { name: 'Export minutes', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Export minutes' });
  await dialog.getByRole('radio', { name: 'Markdown', exact: true }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  const file = test.info().outputPath('minutes.md');
  await (await downloaded).saveAs(file);
  const markdown = await readFile(file, 'utf8');
  expect(markdown).toContain('## Votes');
  expect(markdown).toContain('Which segment do we serve first?');
  expect(markdown).toContain('| Option | Marketing | Sales |');
  expect(markdown).toContain('| Mid-market | 5 | 0 |');
  expect(markdown).toContain('**Informed decision:** D-1: Which segment do we serve first?');
  expect(markdown).toContain('Can we live with Mid-market first?');
});
