/**
 * The trends' read model (domain/trends/): the meetings of one series, or of the whole workspace, and
 * every row the trend indicators count, read in one transaction so a chart never mixes two states.
 * Ledger reviews and cascade responses are read straight from their tables (issue 17). Live: the
 * hook re-reads when any of these tables changes, here or in another window. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrendRecords } from '../../domain/trends/records';
import type { Id, Meeting } from '../../domain/types';
import type { TandemDatabase } from '../database';
import { useWorkspace } from '../provider';
import { readDepartments } from '../repositories/departments';

const live = <T extends { deletedAt?: string }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === undefined);

async function meetingsInView(db: TandemDatabase, seriesId: Id | undefined): Promise<Meeting[]> {
  if (seriesId === undefined) return live(await db.meetings.toArray());
  // The first meeting of a series carries its own id as the series id once a second one is planned.
  const members = await db.meetings.where('seriesId').equals(seriesId).toArray();
  const first = members.some((meeting) => meeting.id === seriesId)
    ? undefined
    : await db.meetings.get(seriesId);
  return live(first ? [first, ...members] : members);
}

/** Every row the trends of `seriesId` (or of the whole workspace when undefined) count. */
export function readTrendRecords(db: TandemDatabase, seriesId?: Id): Promise<TrendRecords> {
  const tables = [
    db.meetings,
    db.people,
    db.settings,
    db.conflictPoints,
    db.decisions,
    db.actionItems,
    db.speakerTurns,
    db.roundEntries,
    db.ledgerReviews,
    db.cascadeResponses,
  ];
  return db.transaction('r', tables, async (): Promise<TrendRecords> => {
    const meetings = await meetingsInView(db, seriesId);
    const ids = meetings.map((meeting) => meeting.id);
    const decisions = live(await db.decisions.where('meetingId').anyOf(ids).toArray());
    return {
      meetings,
      people: await db.people.toArray(),
      departments: await readDepartments(db),
      conflictPoints: live(await db.conflictPoints.where('meetingId').anyOf(ids).toArray()),
      decisions,
      actionItems: live(await db.actionItems.where('meetingId').anyOf(ids).toArray()),
      speakerTurns: live(await db.speakerTurns.where('meetingId').anyOf(ids).toArray()),
      roundEntries: live(await db.roundEntries.where('meetingId').anyOf(ids).toArray()),
      ledgerReviews: live(await db.ledgerReviews.where('meetingId').anyOf(ids).toArray()),
      cascadeResponses: live(
        await db.cascadeResponses
          .where('decisionId')
          .anyOf(decisions.map((decision) => decision.id))
          .toArray(),
      ),
    };
  });
}

/** The trend records of a series (or the workspace), live. */
export function useTrendRecords(seriesId: Id | undefined): TrendRecords | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readTrendRecords(db, seriesId), [db, seriesId]);
}
