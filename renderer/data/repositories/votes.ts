/**
 * The only write path for quick votes. A draft is checked before anything is written; every count
 * change reads the stored vote and applies the rule in one transaction, so two quick clicks never
 * lose a hand, and a refused change (a closed vote, a bad count) writes nothing. Only one vote of a
 * meeting runs at a time: the wall shows it. Attaching a vote sets the decision's method with it.
 */
import {
  adjustVoteCount,
  attachVote,
  checkVoteDraft,
  closeVote,
  decisionInformedBy,
  isRunning,
  newVote,
  setVoteCount,
  type VoteChange,
  type VoteDraft,
  type VoteFieldError,
} from '../../domain/votes';
import type { DepartmentId, Id, Timestamp, Vote } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { softDeletion, type SoftDeletion } from './soft-delete';

export type VoteOutcome =
  | { ok: true; value: Vote }
  | { ok: false; errors: VoteFieldError[] }
  | { ok: false; refusal: 'another-running' };

export interface VotesRepository extends SoftDeletion {
  create(meetingId: Id, draft: VoteDraft): Promise<VoteOutcome>;
  setCount(id: Id, option: number, departmentId: DepartmentId, count: number): Promise<VoteChange>;
  adjustCount(id: Id, option: number, departmentId: DepartmentId, delta: number): Promise<VoteChange>;
  close(id: Id): Promise<VoteChange>;
  attach(id: Id, decisionId: Id | undefined): Promise<VoteChange>;
}

export function votesRepository(db: TandemDatabase, context: WriteContext): VotesRepository {
  function change(id: Id, revise: (vote: Vote, now: Timestamp) => VoteChange) {
    return db.transaction('rw', db.votes, async (): Promise<VoteChange> => {
      const vote = await db.votes.get(id);
      if (!vote) throw new Error(`No vote ${id}`);
      const outcome = revise(vote, context.now());
      if (outcome.ok) await db.votes.put(outcome.value);
      return outcome;
    });
  }

  return {
    create(meetingId, draft) {
      const checked = checkVoteDraft(draft);
      if (!checked.ok) return Promise.resolve(checked);
      return db.transaction('rw', db.votes, async (): Promise<VoteOutcome> => {
        const running = (await db.votes.where('meetingId').equals(meetingId).toArray()).some(isRunning);
        if (running) return { ok: false, refusal: 'another-running' };
        const vote = newVote(meetingId, checked.value, { now: context.now(), newId: context.newId });
        await db.votes.add(vote);
        return { ok: true, value: vote };
      });
    },
    setCount: (id, option, departmentId, count) =>
      change(id, (vote, now) => setVoteCount(vote, option, departmentId, count, now)),
    adjustCount: (id, option, departmentId, delta) =>
      change(id, (vote, now) => adjustVoteCount(vote, option, departmentId, delta, now)),
    close: (id) => change(id, closeVote),
    // The decision takes the vote's method in the same transaction as the attachment.
    attach: (id, decisionId) =>
      db.transaction('rw', db.votes, db.decisions, async (): Promise<VoteChange> => {
        const outcome = await change(id, (vote, now) => attachVote(vote, decisionId, now));
        if (!outcome.ok || decisionId === undefined) return outcome;
        const decision = await db.decisions.get(decisionId);
        const informed = decision && decisionInformedBy(decision, outcome.value, context.now());
        if (informed) await db.decisions.put(informed);
        return outcome;
      }),
    ...softDeletion(db, db.votes, context),
  };
}
