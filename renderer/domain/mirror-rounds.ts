/**
 * The mirror round: when Marketing and Sales disagree on a conflict point or a decision, each side
 * restates the other side's position in its own words and the other side confirms it ("yes",
 * "partly", "no"). It runs (and is projected) until it is ended. Pure: clock and ids passed in.
 */
import { LIMITS } from './limits';
import type { ConflictPoint, Id, MirrorConfirmation, MirrorRound, Timestamp } from './types';

export const MIRROR_CONFIRMATIONS: readonly MirrorConfirmation[] = ['yes', 'partly', 'no'];

/** What a mirror round is about: a conflict point or a decision. */
export type MirrorSubject = { conflictPointId: Id } | { decisionId: Id };

/** The part the facilitator edits while the round runs. */
export interface MirrorDraft {
  marketingRestates: string;
  salesConfirms?: MirrorConfirmation;
  salesRestates: string;
  marketingConfirms?: MirrorConfirmation;
}

export type MirrorField = 'marketingRestates' | 'salesRestates' | 'salesConfirms' | 'marketingConfirms';
export type MirrorFieldError = { field: MirrorField; problem: 'too-long' | 'unknown' };
export type MirrorCheck = { ok: true; value: MirrorDraft } | { ok: false; errors: MirrorFieldError[] };

const isConfirmation = (value: unknown): value is MirrorConfirmation =>
  MIRROR_CONFIRMATIONS.includes(value as MirrorConfirmation);

/** Checks a draft: restatements trimmed and within the limit, confirmations one of the three. */
export function checkMirrorDraft(draft: MirrorDraft): MirrorCheck {
  const errors: MirrorFieldError[] = [];
  const value: MirrorDraft = {
    marketingRestates: draft.marketingRestates.trim(),
    salesRestates: draft.salesRestates.trim(),
  };
  for (const field of ['marketingRestates', 'salesRestates'] as const)
    if (value[field].length > LIMITS.mirrorRound.restatement) errors.push({ field, problem: 'too-long' });
  for (const field of ['salesConfirms', 'marketingConfirms'] as const) {
    const given = draft[field];
    if (given === undefined) continue;
    if (isConfirmation(given)) value[field] = given;
    else errors.push({ field, problem: 'unknown' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}

export function newMirrorRound(
  meetingId: Id,
  subject: MirrorSubject,
  at: { now: Timestamp; newId: () => Id },
): MirrorRound {
  return {
    id: at.newId(),
    meetingId,
    ...subject,
    marketingRestates: '',
    salesRestates: '',
    startedAt: at.now,
    createdAt: at.now,
    updatedAt: at.now,
  };
}

/** The round with the checked draft applied (a blank confirmation is taken back). */
export function reviseMirrorRound(round: MirrorRound, draft: MirrorDraft, now: Timestamp): MirrorRound {
  const { salesConfirms: _s, marketingConfirms: _m, ...rest } = round;
  return { ...rest, ...draft, updatedAt: now };
}

export function endMirrorRound(round: MirrorRound, now: Timestamp): MirrorRound {
  if (round.endedAt !== undefined) return round;
  return { ...round, endedAt: now, updatedAt: now };
}

export const isRunning = (round: MirrorRound) => round.endedAt === undefined && round.deletedAt === undefined;

/** The live rounds of one subject, oldest first. */
export function roundsOf(rounds: readonly MirrorRound[], subject: MirrorSubject): MirrorRound[] {
  return rounds
    .filter((round) => round.deletedAt === undefined)
    .filter((round) =>
      'conflictPointId' in subject
        ? round.conflictPointId === subject.conflictPointId
        : round.decisionId === subject.decisionId,
    )
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
}

/** What the wall shows of a running mirror round: the subject's text and both restatements. */
export interface ProjectedMirrorRound {
  id: Id;
  subject: string;
  marketingRestates: string;
  salesConfirms?: MirrorConfirmation;
  salesRestates: string;
  marketingConfirms?: MirrorConfirmation;
}

/**
 * The running mirror round the room may see, the latest one: never one on a private point (nor on a
 * deleted point or decision). It names no person, so a relationship point stays anonymous.
 */
export function projectedMirrorRound(
  rounds: readonly MirrorRound[],
  points: readonly Pick<ConflictPoint, 'id' | 'statement' | 'private' | 'deletedAt'>[],
  decisions: readonly { id: Id; statement: string; deletedAt?: Timestamp }[],
): ProjectedMirrorRound | undefined {
  const running = rounds.filter(isRunning).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  for (const round of running) {
    let subject: string | undefined;
    if (round.conflictPointId !== undefined) {
      const point = points.find((candidate) => candidate.id === round.conflictPointId);
      if (point && !point.private && point.deletedAt === undefined) subject = point.statement;
    } else if (round.decisionId !== undefined) {
      const decision = decisions.find((candidate) => candidate.id === round.decisionId);
      if (decision && decision.deletedAt === undefined) subject = decision.statement;
    }
    if (subject === undefined) continue;
    const projected: ProjectedMirrorRound = {
      id: round.id,
      subject,
      marketingRestates: round.marketingRestates,
      salesRestates: round.salesRestates,
    };
    if (round.salesConfirms) projected.salesConfirms = round.salesConfirms;
    if (round.marketingConfirms) projected.marketingConfirms = round.marketingConfirms;
    return projected;
  }
  return undefined;
}
