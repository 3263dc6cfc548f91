/**
 * The only write path for the decision register. A new decision gets its number in the same
 * transaction as the insert (the highest stored number plus one, read through the unique `number`
 * index), so numbers stay unique and increasing across the workspace even when two records race;
 * IndexedDB runs overlapping read-write transactions one after the other. Superseding writes the
 * new decision and the superseded one in one transaction: either both change or neither does.
 * Nothing here deletes a decision.
 */
import {
  checkDecisionDraft,
  decide,
  newDecision,
  nextDecisionNumber,
  recordStances,
  reviseDecision,
  revoke,
  supersede,
  type DecisionDraft,
  type DecisionFieldError,
  type DecisionRefusal,
  type ObjectionOverride,
  type Transition,
} from '../../domain/decisions';
import type { ReopenDraft } from '../../domain/reopen-gate';
import type { Decision, Id, Stance, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { syncCascade } from './cascade';
import { changedSince, stale, type Stale } from './stale';

export type DecisionOutcome =
  | { ok: true; value: Decision }
  | { ok: false; errors: DecisionFieldError[] }
  | { ok: false; refusal: DecisionRefusal }
  | Stale<Decision>;

export interface DecisionsRepository {
  /** Records a decision of a meeting; decided when it has an owner and no objection, else proposed. */
  record(meetingId: Id, draft: DecisionDraft): Promise<DecisionOutcome>;
  /** `base`: the `updatedAt` the edit started from; refused as stale when the decision changed since. */
  update(id: Id, draft: DecisionDraft, base?: Timestamp): Promise<DecisionOutcome>;
  decide(id: Id, override?: ObjectionOverride): Promise<Transition>;
  recordStances(id: Id, stances: { marketing: Stance | ''; sales: Stance | '' }): Promise<Transition>;
  /**
   * Revokes a decision. A decided one needs the condition met or the new fact (`reopen`), stored with
   * the meeting it was revoked in; refused without, and nothing changes.
   */
  revoke(id: Id, reopen?: { draft: ReopenDraft; meetingId: Id }): Promise<Transition>;
}

export function decisionsRepository(db: TandemDatabase, context: WriteContext): DecisionsRepository {
  async function personIds(): Promise<Set<Id>> {
    return new Set(await db.people.toCollection().primaryKeys());
  }

  async function stored(id: Id): Promise<Decision> {
    const decision = await db.decisions.get(id);
    if (!decision) throw new Error(`No decision ${id}`);
    return decision;
  }

  /**
   * Marks the decision `by` supersedes, inside the caller's transaction; a refusal writes nothing.
   * The reopen gate is checked here, on the stored decision, in the same transaction.
   */
  async function markSuperseded(by: Decision, reopen?: ReopenDraft): Promise<DecisionRefusal | undefined> {
    if (by.supersedesId === undefined) return undefined;
    const old = await db.decisions.get(by.supersedesId);
    const outcome = old ? supersede(old, by, context.now(), reopen) : undefined;
    if (!outcome) return { code: 'supersede-invalid' };
    if (!outcome.ok) return outcome.refusal;
    await db.decisions.put(outcome.value);
    return undefined;
  }

  /** Reads, changes and writes one decision in a single transaction, its cascade rows with it. */
  function change(id: Id, revise: (decision: Decision) => Transition): Promise<Transition> {
    return db.transaction('rw', db.decisions, db.people, db.cascadeResponses, async () => {
      const outcome = revise(await stored(id));
      if (outcome.ok) {
        await db.decisions.put(outcome.value);
        await syncCascade(db, context, outcome.value);
      }
      return outcome;
    });
  }

  return {
    async record(meetingId, draft) {
      return db.transaction('rw', db.decisions, db.people, db.cascadeResponses, async () => {
        const checked = checkDecisionDraft(draft, { personIds: await personIds() });
        if (!checked.ok) return checked;
        const last = await db.decisions.orderBy('number').last();
        const number = nextDecisionNumber(last ? [last.number] : []);
        if (number === undefined) return { ok: false as const, refusal: { code: 'register-full' as const } };
        const decision = newDecision(meetingId, checked.value, number, {
          now: context.now(),
          newId: context.newId,
        });
        const refusal = await markSuperseded(decision, draft.reopen);
        if (refusal) return { ok: false as const, refusal };
        await db.decisions.add(decision);
        await syncCascade(db, context, decision);
        return { ok: true as const, value: decision };
      });
    },

    async update(id, draft, base) {
      return db.transaction('rw', db.decisions, db.people, db.cascadeResponses, async () => {
        const decision = await stored(id);
        if (changedSince(decision, base)) return stale(decision);
        const checked = checkDecisionDraft(draft, {
          personIds: await personIds(),
          deciding: decision.status === 'decided',
        });
        if (!checked.ok) return checked;
        let revised = reviseDecision(decision, checked.value, context.now());
        // What a decision supersedes is set once: on record, or on the first edit that names it.
        if (decision.supersedesId === undefined && checked.value.supersedesId !== undefined) {
          revised = { ...revised, supersedesId: checked.value.supersedesId };
          const refusal = await markSuperseded(revised, draft.reopen);
          if (refusal) return { ok: false as const, refusal };
        }
        await db.decisions.put(revised);
        await syncCascade(db, context, revised);
        return { ok: true as const, value: revised };
      });
    },

    decide(id, override) {
      return change(id, (decision) => decide(decision, context.now(), override));
    },

    recordStances(id, stances) {
      return change(id, (decision) => recordStances(decision, stances, context.now()));
    },

    revoke(id, reopen) {
      return change(id, (decision) => revoke(decision, context.now(), reopen));
    },
  };
}
