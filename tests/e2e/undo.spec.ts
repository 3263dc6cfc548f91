/**
 * The one undo in real Chromium: a deleted meeting comes back by keyboard (Ctrl+Z, Cmd+Z on
 * macOS) and by mouse (the notice's Undo button), and stays back after a reload.
 */
import { MeetingsScreen } from './support/meetings-screen';
import { expect, test } from './support/tandem-test';

const PRICING = { title: 'Pricing workshop EMEA', date: '2026-11-27', time: '09:30' };
const KICKOFF = { title: 'Q1 kickoff with Sales Iberia', date: '2026-01-15', time: '14:00' };
const UNDO_KEY = process.platform === 'darwin' ? 'Meta+KeyZ' : 'Control+KeyZ';

test('brings back a deleted meeting with Ctrl+Z, then another with the Undo button', async ({ app }) => {
  const screen = new MeetingsScreen(app.page);
  await screen.createMeeting(PRICING);
  await screen.createMeeting(KICKOFF);

  await screen.deleteMeeting(PRICING.title);
  await expect(screen.item(PRICING.title)).toHaveCount(0);
  await expect(screen.deletedStatus).toContainText(PRICING.title);
  await app.page.keyboard.press(UNDO_KEY);
  await expect(screen.item(PRICING.title)).toHaveCount(1);

  await screen.deleteMeeting(KICKOFF.title);
  await expect(screen.item(KICKOFF.title)).toHaveCount(0);
  await screen.undoButton.click();
  await expect(screen.items).toContainText([PRICING.title, KICKOFF.title]);

  await app.page.reload();
  await expect(screen.items).toContainText([PRICING.title, KICKOFF.title]);
});
