/**
 * Live queries of the decision register. Like `hooks.ts`, they return stored rows and the domain
 * filters and sorts them. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { ConflictPoint, Decision, Id } from '../../domain/types';
import { useWorkspace } from '../provider';
import { decisionsOf } from './early-reads';

/** Every decision of one meeting. */
export function useMeetingDecisions(meetingId: Id): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => decisionsOf(db, meetingId), [db, meetingId]);
}

/**
 * The decided decisions of meetings held before `date` (or on it), which a decision of meeting
 * `meetingId` may supersede.
 */
export function useEarlierDecided(meetingId: Id, date: string): Decision[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const decided = await db.decisions.where('status').equals('decided').toArray();
    const meetingIds = [...new Set(decided.map((decision) => decision.meetingId))];
    const meetings = await db.meetings.bulkGet(meetingIds);
    const earlier = new Set(
      meetings.flatMap((meeting) =>
        meeting && meeting.id !== meetingId && meeting.deletedAt === undefined && meeting.date <= date
          ? [meeting.id]
          : [],
      ),
    );
    return decided.filter((decision) => earlier.has(decision.meetingId));
  }, [db, meetingId, date]);
}

/** The live conflict points of one meeting, oldest first, which a decision may settle. */
export function useMeetingConflictPoints(meetingId: Id): ConflictPoint[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () =>
      (
        await db.conflictPoints
          .where('[meetingId+createdAt]')
          .between([meetingId, ''], [meetingId, '\uffff'])
          .toArray()
      ).filter((point) => point.deletedAt === undefined),
    [db, meetingId],
  );
}

/** One decision by id: `null` when there is none (or no id), `undefined` while loading. */
export function useDecision(id: Id | undefined): Decision | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(
    async () => (id === undefined ? null : ((await db.decisions.get(id)) ?? null)),
    [db, id],
  );
}
