/** Live queries of the Prepare screen: one meeting, its agenda, its participants, what was carried over. */
import { useLiveQuery } from 'dexie-react-hooks';
import { orderedAgenda } from '../../domain/agenda';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  ConflictPoint,
  KnowledgeItem,
  Meeting,
  ParkingLotPoint,
} from '../../domain/types';
import { useWorkspace } from '../provider';
import { agendaItemsOf, attendanceOf } from './early-reads';

/** The meeting, `null` when there is none (or it was deleted), `undefined` while loading. */
export function useMeeting(id: string): Meeting | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const meeting = await db.meetings.get(id);
    return meeting && meeting.deletedAt === undefined ? meeting : null;
  }, [db, id]);
}

/** The live agenda items of a meeting, in order. */
export function useAgenda(meetingId: string): AgendaItem[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => orderedAgenda(await agendaItemsOf(db, meetingId)), [db, meetingId]);
}

export function useAttendance(meetingId: string): Attendance[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => attendanceOf(db, meetingId), [db, meetingId]);
}

/** Records of this meeting that came from the previous meeting of its series. */
export interface CarriedOver {
  actionItems: ActionItem[];
  conflictPoints: ConflictPoint[];
  parkingLot: ParkingLotPoint[];
  questions: KnowledgeItem[];
}

export function useCarriedOver(meetingId: string): CarriedOver | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const carried = <T extends { carriedFromId?: string; deletedAt?: string }>(record: T) =>
      record.carriedFromId !== undefined && record.deletedAt === undefined;
    const [actionItems, conflictPoints, parkingLot, knowledge] = await Promise.all([
      db.actionItems.where('meetingId').equals(meetingId).filter(carried).toArray(),
      db.conflictPoints.where('meetingId').equals(meetingId).filter(carried).toArray(),
      db.parkingLot.where('meetingId').equals(meetingId).filter(carried).toArray(),
      db.knowledgeItems.where('meetingId').equals(meetingId).filter(carried).toArray(),
    ]);
    return {
      actionItems,
      conflictPoints,
      parkingLot,
      questions: knowledge.filter((item) => item.kind === 'question'),
    };
  }, [db, meetingId]);
}

/** The meeting that follows this one in its series, if it was planned. */
export function useNextMeeting(meeting: Meeting): Meeting | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const next = await db.meetings
      .where('seriesId')
      .equals(meeting.seriesId ?? meeting.id)
      .filter((other) => other.previousMeetingId === meeting.id && other.deletedAt === undefined)
      .first();
    return next ?? null;
  }, [db, meeting.id, meeting.seriesId]);
}
