/**
 * The only write path for conflict points. Drafts and status changes are checked by the domain
 * first and change nothing when refused. A reframe writes the relationship point and its new
 * content question in one transaction, so the log never holds one without the other. Deletion is
 * soft, so it can be undone and decisions that settle a point keep their reference.
 */
import {
  changeStatus,
  checkConflictDraft,
  newConflictPoint,
  reframe,
  type ConflictDraft,
  type Outcome,
  type ReframeDraft,
  type StatusChange,
} from '../../domain/conflicts';
import { withTouchedDecisions } from '../../domain/reopen-gate';
import type { ConflictPoint, Id } from '../../domain/types';
import { noteStoredPoint } from '../queries/just-stored';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion } from './soft-delete';

export type ConflictOutcome = Outcome<ConflictPoint>;
export type LinkOutcome =
  | { ok: true; value: ConflictPoint }
  | { ok: false; refusal: { code: 'touches-too-many'; max: number } | { code: 'touches-not-decided' } };
export type ReframeOutcome = Outcome<{ relationship: ConflictPoint; content: ConflictPoint }>;

export interface ConflictsRepository {
  log(meetingId: Id, draft: ConflictDraft): Promise<ConflictOutcome>;
  changeStatus(id: Id, change: StatusChange): Promise<ConflictOutcome>;
  /** Turns an open relationship point into a content question; both are written or neither. */
  reframe(id: Id, draft: ReframeDraft): Promise<ReframeOutcome>;
  /**
   * Sets the decided decisions a point touches (the reopen gate). Each must be a decided decision of
   * another meeting, checked in the same transaction; refused otherwise, and nothing changes.
   */
  linkDecisions(id: Id, decisionIds: readonly Id[]): Promise<LinkOutcome>;
  softDelete(id: Id): Promise<void>;
  restore(id: Id): Promise<void>;
}

export function conflictsRepository(db: TandemDatabase, context: WriteContext): ConflictsRepository {
  async function stored(id: Id): Promise<ConflictPoint> {
    const point = await db.conflictPoints.get(id);
    if (!point) throw new Error(`No conflict point ${id}`);
    return point;
  }

  return {
    ...softDeletion(db, db.conflictPoints, context),
    async log(meetingId, draft) {
      const checked = checkConflictDraft(draft);
      if (!checked.ok) return checked;
      const point = newConflictPoint(meetingId, checked.value, { now: context.now(), newId: context.newId });
      // An explicit transaction: Dexie's cache would otherwise show the point in the live log
      // before it is stored, and a list must only ever show what a crash cannot take back.
      await db.transaction('rw', db.conflictPoints, () => db.conflictPoints.add(point));
      // Committed: this window's log lists it now, before its live query reads it back.
      noteStoredPoint(db, point);
      return { ok: true, value: point };
    },

    changeStatus(id, change) {
      return db.transaction('rw', db.conflictPoints, async () => {
        const outcome = changeStatus(await stored(id), change, context.now());
        if (outcome.ok) await db.conflictPoints.put(outcome.value);
        return outcome;
      });
    },

    linkDecisions(id, decisionIds) {
      return db.transaction('rw', db.conflictPoints, db.decisions, async (): Promise<LinkOutcome> => {
        const point = await stored(id);
        const decisions = await db.decisions.bulkGet([...decisionIds]);
        const already = new Set(point.touchesDecisionIds ?? []);
        // A link once made stays valid when the decision is later reopened; new links need a decided one.
        const valid = decisions.every(
          (decision, index) =>
            decision !== undefined &&
            decision.meetingId !== point.meetingId &&
            (decision.status === 'decided' || already.has(decisionIds[index] ?? '')),
        );
        if (!valid) return { ok: false, refusal: { code: 'touches-not-decided' } };
        const outcome = withTouchedDecisions(point, decisionIds, context.now());
        if (outcome.ok) await db.conflictPoints.put(outcome.value);
        return outcome;
      });
    },

    reframe(id, draft) {
      return db.transaction('rw', db.conflictPoints, async () => {
        const outcome = reframe(await stored(id), draft, { now: context.now(), newId: context.newId });
        if (!outcome.ok) return outcome;
        await db.conflictPoints.put(outcome.value.relationship);
        await db.conflictPoints.add(outcome.value.content);
        return outcome;
      });
    },
  };
}
