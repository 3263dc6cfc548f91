/**
 * Who takes part in a meeting and in which role. A person appears at most once per meeting
 * (a unique index guards it). There is one facilitator and one minute-taker: giving the role to
 * someone makes the previous holder a participant, in the same transaction.
 */
import type { Attendance, AttendanceRole, Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

const SINGLE_ROLES: readonly AttendanceRole[] = ['facilitator', 'minute-taker'];

export interface AttendanceRepository {
  /** Adds a person as a participant; adding someone already there changes nothing. */
  add(meetingId: Id, personId: Id, role?: AttendanceRole): Promise<void>;
  setRole(id: Id, role: AttendanceRole): Promise<void>;
  setPresent(id: Id, present: boolean): Promise<void>;
  remove(id: Id): Promise<void>;
}

export function attendanceRepository(db: TandemDatabase, context: WriteContext): AttendanceRepository {
  return {
    async add(meetingId, personId, role = 'participant') {
      await db.transaction('rw', db.attendance, async () => {
        const existing = await db.attendance.where({ meetingId, personId }).first();
        if (existing) return;
        const now = context.now();
        const attendance: Attendance = {
          id: context.newId(),
          createdAt: now,
          updatedAt: now,
          meetingId,
          personId,
          role: 'participant',
          present: true,
        };
        await db.attendance.add(attendance);
        if (role !== 'participant') await assignRole(db, attendance, role, now);
      });
    },

    async setRole(id, role) {
      await db.transaction('rw', db.attendance, async () => {
        const attendance = await db.attendance.get(id);
        if (attendance) await assignRole(db, attendance, role, context.now());
      });
    },

    async setPresent(id, present) {
      await db.attendance.update(id, { present, updatedAt: context.now() });
    },

    async remove(id) {
      // Attendance is not referenced by minutes once removed before the meeting; delete it outright.
      await db.attendance.delete(id);
    },
  };
}

async function assignRole(db: TandemDatabase, attendance: Attendance, role: AttendanceRole, now: string) {
  if (SINGLE_ROLES.includes(role)) {
    const holders = await db.attendance
      .where('meetingId')
      .equals(attendance.meetingId)
      .filter((other) => other.role === role && other.id !== attendance.id)
      .toArray();
    await db.attendance.bulkPut(
      holders.map((holder) => ({ ...holder, role: 'participant' as const, updatedAt: now })),
    );
  }
  await db.attendance.put({ ...attendance, role, updatedAt: now });
}
