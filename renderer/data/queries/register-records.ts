/**
 * The register's read model: every live decision and action item across meetings, with the
 * meetings and people needed to name them. Rows of a deleted meeting and soft-deleted rows are
 * left out here, so no screen or export of the register ever shows them. Decisions and action
 * items are read through their `meetingId` index for the live meetings only.
 */
import type { RegisterRecords } from '../../domain/register';
import type { TandemDatabase } from '../database';

const live = <T extends { deletedAt?: string }>(record: T): boolean => record.deletedAt === undefined;

/** Reads what the register is built from; also the body of the live query in `register.ts`. */
export async function readRegisterRecords(db: TandemDatabase): Promise<RegisterRecords> {
  const meetings = (await db.meetings.toArray()).filter(live);
  const meetingIds = meetings.map((meeting) => meeting.id);
  const [decisions, actions, people, cascadeResponses] = await Promise.all([
    db.decisions.where('meetingId').anyOf(meetingIds).toArray(),
    db.actionItems.where('meetingId').anyOf(meetingIds).toArray(),
    db.people.toArray(),
    db.cascadeResponses.toArray(),
  ]);
  return {
    meetings,
    people,
    decisions: decisions.filter(live),
    actions: actions.filter(live),
    cascadeResponses: cascadeResponses.filter(live),
  };
}
