/**
 * Planning the next meeting of a series, in one transaction: the follow-up meeting (created once;
 * asking again finds it) with its participants and the same agenda, and everything that carries
 * over from this meeting.
 */
import {
  carryAttendance,
  carryOver,
  nextMeetingOf,
  repeatAgenda,
  seriesIdOf,
  type CarryRecords,
} from '../../domain/series';
import type { CalendarDate, Id, Meeting } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export interface SeriesRepository {
  /**
   * Creates (or finds) the next meeting and carries over what is still open; returns its id. The
   * date applies when the follow-up is created (a week later if absent); a found one keeps its own.
   */
  planNext(meetingId: Id, date?: CalendarDate): Promise<Id>;
}

export function seriesRepository(db: TandemDatabase, context: WriteContext): SeriesRepository {
  const recordsOf = async (meetingId: Id): Promise<CarryRecords> => ({
    actionItems: await db.actionItems.where('meetingId').equals(meetingId).toArray(),
    conflictPoints: await db.conflictPoints.where('meetingId').equals(meetingId).toArray(),
    parkingLot: await db.parkingLot.where('meetingId').equals(meetingId).toArray(),
    knowledgeItems: await db.knowledgeItems.where('meetingId').equals(meetingId).toArray(),
  });
  const tables = [
    db.meetings,
    db.attendance,
    db.agendaItems,
    db.actionItems,
    db.conflictPoints,
    db.parkingLot,
    db.knowledgeItems,
  ];

  const followUpOf = (previous: Meeting) =>
    db.meetings
      .where('seriesId')
      .equals(seriesIdOf(previous))
      .filter((meeting) => meeting.previousMeetingId === previous.id && meeting.deletedAt === undefined)
      .first();

  return {
    planNext(meetingId, date) {
      return db.transaction('rw', tables, async () => {
        const previous = await db.meetings.get(meetingId);
        if (!previous) throw new Error(`No meeting ${meetingId}`);
        const now = context.now();
        const ctx = { now, newId: context.newId };
        if (previous.seriesId === undefined)
          await db.meetings.update(previous.id, { seriesId: seriesIdOf(previous) });
        let next = await followUpOf(previous);
        if (!next) {
          next = nextMeetingOf(previous, ctx, date);
          await db.meetings.add(next);
          const attendance = await db.attendance.where('meetingId').equals(previous.id).toArray();
          await db.attendance.bulkAdd(carryAttendance(attendance, next.id, ctx));
          const agenda = await db.agendaItems.where('meetingId').equals(previous.id).toArray();
          await db.agendaItems.bulkAdd(repeatAgenda(agenda, next.id, ctx));
        }
        const carried = carryOver(await recordsOf(previous.id), await recordsOf(next.id), next.id, ctx);
        await db.actionItems.bulkAdd(carried.actionItems);
        await db.conflictPoints.bulkAdd(carried.conflictPoints);
        await db.parkingLot.bulkAdd(carried.parkingLot);
        await db.knowledgeItems.bulkAdd(carried.knowledgeItems);
        const origins = carried.parkingLot.flatMap((point) =>
          point.carriedFromId ? [point.carriedFromId] : [],
        );
        await db.parkingLot.bulkUpdate(
          origins.map((key) => ({ key, changes: { status: 'carried' as const, updatedAt: now } })),
        );
        return next.id;
      });
    },
  };
}
