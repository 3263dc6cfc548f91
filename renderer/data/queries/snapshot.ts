/**
 * Reads the snapshot the minutes are built from (renderer/domain/minutes/snapshot.ts) in one read
 * transaction, so the minutes never mix two states of a meeting that is still being edited.
 * Soft-deleted rows are left out.
 */
import type { CascadeToDiscuss, MeetingSnapshot, MinutesLedger } from '../../domain/minutes/snapshot';
import type { Decision, Id, Meeting, Party } from '../../domain/types';
import type { TandemDatabase } from '../database';
import { readDepartments } from '../repositories/departments';
import { readTrendRecords } from './trends';

const live = <T extends { deletedAt?: string }>(rows: readonly T[]): T[] =>
  rows.filter((row) => row.deletedAt === undefined);

const personIdsOf = (parties: readonly Party[]): Id[] =>
  parties.flatMap((party) => (party.kind === 'person' ? [party.personId] : []));

function referencedPeople(snapshot: Omit<MeetingSnapshot, 'people' | 'participants' | 'departments'>): Id[] {
  return [
    ...snapshot.agendaItems.flatMap((item) => item.presenterIds),
    ...snapshot.decisions.flatMap((d) => [
      ...(d.accountablePersonId === undefined ? [] : [d.accountablePersonId]),
      ...personIdsOf(d.responsible),
      ...personIdsOf(d.consulted),
      ...personIdsOf(d.informed),
    ]),
    ...snapshot.actionItems.flatMap((action) => (action.ownerPersonId ? [action.ownerPersonId] : [])),
    ...snapshot.conflictPoints.flatMap((point) => (point.raisedByPersonId ? [point.raisedByPersonId] : [])),
    ...snapshot.speakerTurns.map((turn) => turn.personId),
    ...snapshot.roundEntries.map((entry) => entry.personId),
  ];
}

async function nextMeetingOf(db: TandemDatabase, meeting: Meeting): Promise<Meeting | undefined> {
  if (meeting.seriesId === undefined) return undefined;
  return db.meetings
    .where('seriesId')
    .equals(meeting.seriesId)
    .filter((next) => next.previousMeetingId === meeting.id && next.deletedAt === undefined)
    .first();
}

/** The agreements made in the meeting and the reviews recorded in it, with their agreements. */
async function ledgerOf(db: TandemDatabase, meetingId: Id): Promise<MinutesLedger> {
  const agreed = live(await db.ledgerEntries.where({ meetingId }).toArray()).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  const reviews = live(await db.ledgerReviews.where({ meetingId }).toArray());
  const entries = await db.ledgerEntries.bulkGet(reviews.map((review) => review.entryId));
  const reviewed = reviews.flatMap((review, index) => {
    const entry = entries[index];
    return entry && entry.deletedAt === undefined ? [{ entry, review }] : [];
  });
  return { agreed, reviewed: reviewed.sort((a, b) => a.entry.startDate.localeCompare(b.entry.startDate)) };
}

/**
 * The units' adaptations and objections to the still decided decisions of earlier meetings of
 * `meeting`'s series (those held before it, and the one it follows).
 */
async function cascadeToDiscuss(db: TandemDatabase, meeting: Meeting): Promise<CascadeToDiscuss[]> {
  if (meeting.seriesId === undefined) return [];
  const earlier = await db.meetings
    .where('seriesId')
    .equals(meeting.seriesId)
    .filter(
      (other) =>
        other.id !== meeting.id &&
        other.deletedAt === undefined &&
        (other.date < meeting.date || other.id === meeting.previousMeetingId),
    )
    .primaryKeys();
  if (earlier.length === 0) return [];
  const decisions = live(await db.decisions.where('meetingId').anyOf(earlier).toArray()).filter(
    (decision) => decision.status === 'decided',
  );
  const byId = new Map(decisions.map((decision) => [decision.id, decision]));
  const rows = live(
    await db.cascadeResponses
      .where('decisionId')
      .anyOf([...byId.keys()])
      .toArray(),
  );
  return rows.flatMap((row): CascadeToDiscuss[] => {
    const decision = byId.get(row.decisionId);
    if (!decision || (row.response !== 'adapt' && row.response !== 'object')) return [];
    return [
      {
        decisionNumber: decision.number,
        statement: decision.statement,
        unit: row.unit,
        response: row.response,
        explanation: row.explanation,
        ...(row.ownerPersonId === undefined ? {} : { ownerPersonId: row.ownerPersonId }),
      },
    ];
  });
}

/** Everything the minutes of `meetingId` need, read at one moment. Rejects when there is no such meeting. */
export function loadSnapshot(db: TandemDatabase, meetingId: Id): Promise<MeetingSnapshot> {
  return db.transaction('r', [...db.tables], async () => {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting || meeting.deletedAt !== undefined) throw new Error(`No meeting ${meetingId}`);
    const ofMeeting = { meetingId };
    const decisions = live(await db.decisions.where(ofMeeting).toArray());
    const supersededIds = decisions.flatMap((d) => (d.supersedesId === undefined ? [] : [d.supersedesId]));
    const superseded = (await db.decisions.bulkGet(supersededIds)).filter(
      (decision): decision is Decision => decision !== undefined,
    );
    const definitions = live(
      (await db.definitions.bulkGet(meeting.definitionIds)).filter((entry) => entry !== undefined),
    );
    const records = {
      meeting,
      agendaItems: live(await db.agendaItems.where(ofMeeting).toArray()),
      conflictPoints: live(await db.conflictPoints.where(ofMeeting).toArray()),
      decisions,
      supersededDecisions: superseded,
      actionItems: live(await db.actionItems.where(ofMeeting).toArray()),
      knowledgeItems: live(await db.knowledgeItems.where(ofMeeting).toArray()),
      parkingLot: live(await db.parkingLot.where(ofMeeting).toArray()),
      definitions,
      speakerTurns: live(await db.speakerTurns.where(ofMeeting).toArray()),
      votes: live(await db.votes.where(ofMeeting).toArray()),
      roundEntries: live(await db.roundEntries.where(ofMeeting).toArray()),
      mirrorRounds: live(await db.mirrorRounds.where(ofMeeting).toArray()),
    };
    const attendance = live(await db.attendance.where(ofMeeting).toArray());
    const ledger = await ledgerOf(db, meetingId);
    const owners = [...ledger.agreed, ...ledger.reviewed.map((row) => row.entry)].flatMap((entry) =>
      [entry.marketing.ownerPersonId, entry.sales.ownerPersonId].filter((id) => id !== undefined),
    );
    const cascade = await cascadeToDiscuss(db, meeting);
    const ids = [
      ...new Set([
        ...attendance.map((row) => row.personId),
        ...referencedPeople(records),
        ...owners,
        ...cascade.flatMap((item) => (item.ownerPersonId === undefined ? [] : [item.ownerPersonId])),
      ]),
    ];
    const people = (await db.people.bulkGet(ids)).filter((person) => person !== undefined);
    const byId = new Map(people.map((person) => [person.id, person]));
    const nextMeeting = await nextMeetingOf(db, meeting);
    const seriesTrend =
      meeting.seriesId === undefined ? undefined : await readTrendRecords(db, meeting.seriesId);
    return {
      ...records,
      participants: attendance.map((row) => {
        const person = byId.get(row.personId);
        return person ? { attendance: row, person } : { attendance: row };
      }),
      people,
      departments: await readDepartments(db),
      ledger,
      ...(nextMeeting ? { nextMeeting } : {}),
      ...(seriesTrend ? { seriesTrend } : {}),
      ...(cascade.length > 0 ? { cascadeToDiscuss: cascade } : {}),
    };
  });
}
