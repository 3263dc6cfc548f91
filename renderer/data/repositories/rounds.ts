/**
 * The only write path for check-in and check-out answers and mirror rounds. An answer is saved as
 * typed, one per person and round (the unique [meetingId+kind+personId]); a refused answer changes
 * nothing. A mirror round saves its draft as typed, refusing a save made from an outdated text.
 */
import {
  checkMirrorDraft,
  endMirrorRound,
  newMirrorRound,
  reviseMirrorRound,
  type MirrorFieldError,
  type MirrorSubject,
} from '../../domain/mirror-rounds';
import {
  checkRoundAnswer,
  upsertRoundEntry,
  type RoundAnswer,
  type RoundFieldError,
} from '../../domain/rounds';
import type { Id, MirrorConfirmation, MirrorRound, RoundEntry, RoundKind } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { stale, type Stale } from './stale';

export type RoundOutcome = { ok: true; value: RoundEntry } | { ok: false; errors: RoundFieldError[] };
export type Restatement = 'marketingRestates' | 'salesRestates';
export type Confirmation = 'salesConfirms' | 'marketingConfirms';
export type MirrorOutcome = { ok: true; value: MirrorRound } | { ok: false; errors: MirrorFieldError[] };
export type RestateOutcome =
  { ok: true; stored: string } | { ok: false; errors: MirrorFieldError[] } | Stale<string>;

export interface RoundsRepository {
  /** Saves one person's answer (replacing their earlier one in this round). */
  answer(meetingId: Id, kind: RoundKind, personId: Id, answer: RoundAnswer): Promise<RoundOutcome>;
  /** Starts a mirror round on a conflict point or a decision of the meeting. */
  startMirror(meetingId: Id, subject: MirrorSubject): Promise<MirrorRound>;
  /** Saves one restatement as typed, unless the stored text is no longer `base` (another window). */
  restate(id: Id, field: Restatement, text: string, base: string): Promise<RestateOutcome>;
  /** Sets (or, with undefined, takes back) one side's confirmation. */
  confirm(id: Id, field: Confirmation, value: MirrorConfirmation | undefined): Promise<MirrorOutcome>;
  endMirror(id: Id): Promise<void>;
}

export function roundsRepository(db: TandemDatabase, context: WriteContext): RoundsRepository {
  /** Applies one edit to a round, checks the result and writes it in one transaction. */
  function change<S>(id: Id, edit: (round: MirrorRound) => MirrorRound | Stale<S>) {
    return db.transaction('rw', db.mirrorRounds, async () => {
      const round = await db.mirrorRounds.get(id);
      if (!round) throw new Error(`No mirror round ${id}`);
      const edited = edit(round);
      if ('reason' in edited) return edited;
      const checked = checkMirrorDraft(edited);
      if (!checked.ok) return checked;
      const revised = reviseMirrorRound(round, checked.value, context.now());
      await db.mirrorRounds.put(revised);
      return { ok: true as const, value: revised };
    });
  }

  return {
    async answer(meetingId, kind, personId, answer) {
      const checked = checkRoundAnswer(kind, answer);
      if (!checked.ok) return checked;
      return db.transaction('rw', db.roundEntries, db.people, async () => {
        const person = await db.people.get(personId);
        if (!person) throw new Error(`No person ${personId}`);
        const existing = await db.roundEntries.where({ meetingId, kind, personId }).first();
        const entry = upsertRoundEntry(
          existing,
          { meetingId, kind, personId, departmentId: person.departmentId },
          checked.value,
          { now: context.now(), newId: context.newId },
        );
        await db.roundEntries.put(entry);
        return { ok: true as const, value: entry };
      });
    },

    async startMirror(meetingId, subject) {
      const round = newMirrorRound(meetingId, subject, { now: context.now(), newId: context.newId });
      await db.mirrorRounds.add(round);
      return round;
    },

    restate(id, field, text, base) {
      return change(id, (round) => {
        if (round[field] !== base) return stale(round[field]);
        return { ...round, [field]: text };
      }).then((outcome) => (outcome.ok ? { ok: true as const, stored: outcome.value[field] } : outcome));
    },

    async confirm(id, field, value) {
      const outcome = await change<never>(id, (round) => {
        const { [field]: _old, ...rest } = round;
        return value === undefined ? rest : { ...rest, [field]: value };
      });
      if ('reason' in outcome) throw new Error('A confirmation is never stale');
      return outcome;
    },

    async endMirror(id) {
      await db.transaction('rw', db.mirrorRounds, async () => {
        const round = await db.mirrorRounds.get(id);
        if (!round) throw new Error(`No mirror round ${id}`);
        const ended = endMirrorRound(round, context.now());
        if (ended !== round) await db.mirrorRounds.put(ended);
      });
    },
  };
}
