/** Live reads of check-in/check-out answers and mirror rounds of one meeting. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictPoint, Decision, MirrorRound, Person, RoundEntry, RoundKind } from '../../domain/types';
import type { MirrorSubject } from '../../domain/mirror-rounds';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';
import { mirrorRoundsOf } from './early-reads';

/** The answers of one round of the meeting. */
export function useRoundEntries(meetingId: string, kind: RoundKind): RoundEntry[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    () =>
      db.roundEntries
        .where('meetingId')
        .equals(meetingId)
        .filter((entry) => entry.kind === kind && entry.deletedAt === undefined)
        .toArray(),
    [db, meetingId, kind],
  );
}

/** The people present at the meeting, by name. */
export function usePresentPeople(meetingId: string): Person[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const present = await db.attendance
      .where('meetingId')
      .equals(meetingId)
      .filter((row) => row.present && row.deletedAt === undefined)
      .toArray();
    const people = await db.people.bulkGet(present.map((row) => row.personId));
    return people
      .filter((person): person is Person => person !== undefined && person.deletedAt === undefined)
      .sort((a, b) => a.name.localeCompare(b.name));
  }, [db, meetingId]);
}

/** The live mirror rounds of the meeting, oldest first. */
export function useMirrorRounds(meetingId: string): MirrorRound[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const rounds = await mirrorRoundsOf(db, meetingId);
    return rounds
      .filter((round) => round.deletedAt === undefined)
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt));
  }, [db, meetingId]);
}

/** One mirror round, `null` when there is none. */
export function useMirrorRound(id: string | undefined): MirrorRound | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await db.mirrorRounds.get(id)) ?? null)),
    [db, id],
  );
}

/** What the wall needs to show a running mirror round: the meeting's rounds, points and decisions. */
export function useMirrorProjection(
  meetingId: string,
): { rounds: MirrorRound[]; points: ConflictPoint[]; decisions: Decision[] } | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const rounds = await db.mirrorRounds
      .where('meetingId')
      .equals(meetingId)
      .filter((round) => round.endedAt === undefined && round.deletedAt === undefined)
      .toArray();
    if (rounds.length === 0) return { rounds, points: [], decisions: [] };
    const pointIds = rounds.flatMap((round) => (round.conflictPointId ? [round.conflictPointId] : []));
    const decisionIds = rounds.flatMap((round) => (round.decisionId ? [round.decisionId] : []));
    const [points, decisions] = await Promise.all([
      db.conflictPoints.bulkGet(pointIds),
      db.decisions.bulkGet(decisionIds),
    ]);
    return {
      rounds,
      points: points.filter((point): point is ConflictPoint => point !== undefined),
      decisions: decisions.filter((decision): decision is Decision => decision !== undefined),
    };
  }, [db, meetingId]);
}

/**
 * What Alt+Y mirrors when no row has the focus: the latest open conflict point of the meeting, else
 * its latest proposed decision; undefined when there is neither.
 */
export async function latestMirrorSubject(
  db: TandemDatabase,
  meetingId: string,
): Promise<{ subject: MirrorSubject; text: string } | undefined> {
  const newest = <T extends { createdAt: string }>(list: T[]) =>
    list.sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const point = newest(
    await db.conflictPoints
      .where('meetingId')
      .equals(meetingId)
      .filter((candidate) => candidate.deletedAt === undefined && candidate.status === 'open')
      .toArray(),
  );
  if (point) return { subject: { conflictPointId: point.id }, text: point.statement };
  const decision = newest(
    await db.decisions
      .where('meetingId')
      .equals(meetingId)
      .filter((candidate) => candidate.deletedAt === undefined && candidate.status === 'proposed')
      .toArray(),
  );
  return decision ? { subject: { decisionId: decision.id }, text: decision.statement } : undefined;
}
