/** Reads of the give-and-get ledger: a meeting's agreements (agreed here, and those it reviews). */
import { useLiveQuery } from 'dexie-react-hooks';
import { agreementsForReview, type AgreementUnderReview } from '../../domain/ledger';
import type { Id, LedgerEntry, LedgerReview, Meeting } from '../../domain/types';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';

export interface MeetingLedger {
  meeting: Meeting;
  /** Live agreements this meeting agreed, oldest first. */
  agreedHere: LedgerEntry[];
  /** The agreements of earlier meetings of the series that this meeting reviews. */
  underReview: AgreementUnderReview[];
  /** Every review recorded in this meeting. */
  reviewsHere: LedgerReview[];
}

/** The meetings of a series, the one that started it included. */
export async function seriesMeetings(db: TandemDatabase, seriesId: Id): Promise<Meeting[]> {
  const [members, head] = await Promise.all([
    db.meetings.where('seriesId').equals(seriesId).toArray(),
    db.meetings.get(seriesId),
  ]);
  const all = head && !members.some((m) => m.id === head.id) ? [head, ...members] : members;
  return all.filter((m) => m.deletedAt === undefined);
}

export async function readMeetingLedger(db: TandemDatabase, meetingId: Id): Promise<MeetingLedger | null> {
  const meeting = await db.meetings.get(meetingId);
  if (!meeting || meeting.deletedAt !== undefined) return null;
  const seriesId = meeting.seriesId ?? meeting.id;
  const [meetings, entries] = await Promise.all([
    seriesMeetings(db, seriesId),
    db.ledgerEntries.where('seriesId').equals(seriesId).toArray(),
  ]);
  const reviews = await db.ledgerReviews
    .where('entryId')
    .anyOf(entries.map((entry) => entry.id))
    .toArray();
  return {
    meeting,
    agreedHere: entries
      .filter((entry) => entry.meetingId === meetingId && entry.deletedAt === undefined)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    underReview: agreementsForReview(meeting, meetings, entries, reviews),
    reviewsHere: reviews.filter((review) => review.meetingId === meetingId && review.deletedAt === undefined),
  };
}

/** Live: `undefined` while loading, `null` when the meeting is gone. */
export function useMeetingLedger(meetingId: Id): MeetingLedger | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readMeetingLedger(db, meetingId), [db, meetingId]);
}
