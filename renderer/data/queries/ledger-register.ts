/** The Register's agreements tab: every live agreement of a live meeting, as rows. */
import { useLiveQuery } from 'dexie-react-hooks';
import { ledgerRows, type LedgerRow } from '../../domain/ledger-register';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';

export async function readLedgerRows(db: TandemDatabase): Promise<LedgerRow[]> {
  const meetings = (await db.meetings.toArray()).filter((meeting) => meeting.deletedAt === undefined);
  const ids = new Set(meetings.map((meeting) => meeting.id));
  const [entries, reviews, people] = await Promise.all([
    db.ledgerEntries.toArray(),
    db.ledgerReviews.toArray(),
    db.people.toArray(),
  ]);
  return ledgerRows(
    entries.filter((entry) => ids.has(entry.meetingId)),
    reviews.filter((review) => ids.has(review.meetingId)),
    meetings,
    people,
  );
}

export function useLedgerRows(): LedgerRow[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readLedgerRows(db), [db]);
}
