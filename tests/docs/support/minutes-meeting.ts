/**
 * A realistic meeting for the Export minutes screenshots: the minutes fixture (a quarterly joint
 * session with decisions, actions, conflict points, knowledge and notes), written as an exchange
 * file so the screenshots bring it in through Import meeting like a user would.
 */
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { exportMeetingJson, parseExchange } from '../../../renderer/domain/exchange/format';
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';
import { germanSnapshot, minutesSnapshot } from '../../unit/domain/minutes-fixture';
import { withGermanContent } from './german-content';

/**
 * The snapshot's meeting as an exchange file; links to its series and to decisions of earlier
 * meetings are left out, so the import brings it in without a review of dropped links.
 */
function meetingFile(snapshot: MeetingSnapshot): string {
  const { seriesId: _series, previousMeetingId: _previous, ...meeting } = snapshot.meeting;
  const text = exportMeetingJson(
    {
      meeting,
      attendance: snapshot.participants.map((participant) => participant.attendance),
      people: snapshot.people,
      agendaItems: snapshot.agendaItems,
      conflictPoints: snapshot.conflictPoints,
      decisions: snapshot.decisions.map(({ supersedesId: _earlier, ...decision }) => decision),
      actionItems: snapshot.actionItems,
      knowledgeItems: snapshot.knowledgeItems,
      parkingLot: snapshot.parkingLot,
      definitions: snapshot.definitions,
      speakerTurns: snapshot.speakerTurns,
      votes: snapshot.votes,
      roundEntries: snapshot.roundEntries,
      mirrorRounds: snapshot.mirrorRounds,
      ledgerEntries: [],
      ledgerReviews: [],
    },
    '2026-11-27T12:00:00.000Z',
  );
  const parsed = parseExchange(text);
  if (!parsed.ok)
    throw new Error(`The screenshot meeting is no valid file: ${JSON.stringify(parsed.errors)}`);
  return text;
}

/** Imports the fixture meeting in `language` through the Meetings screen; resolves on its Prepare screen. */
export async function importMinutesMeeting(
  page: Page,
  language: 'en' | 'de',
  file: string,
  importLabel: string,
): Promise<string> {
  const snapshot = language === 'en' ? minutesSnapshot() : withGermanContent(germanSnapshot());
  await writeFile(file, meetingFile(snapshot));
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: importLabel, exact: true }).click();
  await (await chooser).setFiles(file);
  return snapshot.meeting.title;
}
