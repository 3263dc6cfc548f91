/**
 * The only write path for the give-and-get ledger: agreements (checked with the domain rules first;
 * nothing is written when refused), their soft deletion and restoring, ending one, and the review of
 * one side at one meeting (one review record per agreement and meeting, created on the first verdict).
 */
import {
  checkLedgerDraft,
  checkSideReview,
  endedEntry,
  newLedgerEntry,
  withLedgerEdits,
  withSideReview,
  type LedgerDraft,
  type LedgerFieldError,
  type SideReviewCheck,
  type SideReviewDraft,
} from '../../domain/ledger';
import type { Id, LedgerEntry, LedgerReview, LedgerSide } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';

export type LedgerOutcome = { ok: true; value: LedgerEntry } | { ok: false; errors: LedgerFieldError[] };
export type ReviewOutcome =
  | { ok: true; value: LedgerReview }
  | { ok: false; errors: Extract<SideReviewCheck, { ok: false }>['errors'] };

export interface LedgerRepository {
  /** A new agreement agreed in `meetingId`, in that meeting's series. */
  create(meetingId: Id, draft: LedgerDraft): Promise<LedgerOutcome>;
  update(id: Id, draft: LedgerDraft): Promise<LedgerOutcome>;
  /** The agreement is no longer reviewed. */
  end(id: Id): Promise<void>;
  /** Reviewed again from the next meeting on. */
  reopen(id: Id): Promise<void>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
  /** Sets one side's verdict, note and figure for the agreement at the meeting. */
  review(entryId: Id, meetingId: Id, side: LedgerSide, draft: SideReviewDraft): Promise<ReviewOutcome>;
}

export function ledgerRepository(db: TandemDatabase, context: WriteContext): LedgerRepository {
  return {
    ...softDeletion(db, db.ledgerEntries, context),

    async create(meetingId, draft) {
      const checked = checkLedgerDraft(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', [db.meetings, db.ledgerEntries], async () => {
        const meeting = await db.meetings.get(meetingId);
        if (!meeting) throw new Error(`No meeting ${meetingId}`);
        const entry = newLedgerEntry(meeting, checked.value, { now: context.now(), newId: context.newId });
        await db.ledgerEntries.add(entry);
        return { ok: true as const, value: entry };
      });
    },

    async update(id, draft) {
      const checked = checkLedgerDraft(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.ledgerEntries, async () => {
        const entry = await db.ledgerEntries.get(id);
        if (!entry) throw new Error(`No agreement ${id}`);
        const changed = withLedgerEdits(entry, checked.value, context.now());
        await db.ledgerEntries.put(changed);
        return { ok: true as const, value: changed };
      });
    },

    async end(id) {
      await db.transaction('rw', db.ledgerEntries, async () => {
        const entry = await db.ledgerEntries.get(id);
        if (!entry) throw new Error(`No agreement ${id}`);
        const changed = endedEntry(entry, context.now());
        if (changed !== entry) await db.ledgerEntries.put(changed);
      });
    },

    async reopen(id) {
      await db.transaction('rw', db.ledgerEntries, async () => {
        const entry = await db.ledgerEntries.get(id);
        if (!entry || entry.status === 'active') return;
        const { endedAt: _ended, ...rest } = entry;
        await db.ledgerEntries.put({ ...rest, status: 'active', updatedAt: context.now() });
      });
    },

    async review(entryId, meetingId, side, draft) {
      const checked = checkSideReview(draft);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.ledgerReviews, async () => {
        const existing = await db.ledgerReviews.where({ entryId, meetingId }).first();
        const review = withSideReview(existing, entryId, meetingId, side, checked.value, {
          now: context.now(),
          newId: context.newId,
        });
        await db.ledgerReviews.put(review);
        return { ok: true as const, value: review };
      });
    },
  };
}
