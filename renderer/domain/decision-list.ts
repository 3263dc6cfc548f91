/** The decision register as lists: a meeting's decisions in order, and what may be superseded. */
import { formatNumber } from './decisions';
import { matchesQuery } from './text';
import type { Decision, Id } from './types';

/** A meeting's decisions, newest first (the highest number is the newest). */
export function decisionsNewestFirst(decisions: readonly Decision[]): Decision[] {
  return decisions.filter((decision) => decision.deletedAt === undefined).sort((a, b) => b.number - a.number);
}

/** The decided decisions another meeting may supersede, matching a search by number or statement. */
export function supersedeCandidates(
  decisions: readonly Decision[],
  meetingId: Id,
  query: string,
): Decision[] {
  return decisionsNewestFirst(decisions).filter(
    (decision) =>
      decision.meetingId !== meetingId &&
      decision.status === 'decided' &&
      matchesQuery(`${formatNumber(decision.number)} ${decision.number} ${decision.statement}`, query),
  );
}
