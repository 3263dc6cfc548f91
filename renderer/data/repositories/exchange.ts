/**
 * Export and import of whole meetings in the JSON exchange format (renderer/domain/exchange).
 * An export reads every table in one read transaction, so the file is one consistent moment.
 * An import is planned by the domain (domain/exchange/plan.ts) from what the file meets here, and
 * the plan is applied in one read-write transaction, planned again inside it so that what is written
 * is true of the database at that moment: if anything fails — a constraint, a full disk, a bug —
 * IndexedDB rolls the transaction back and the database is exactly as before.
 */
import type { Renumbering } from '../../domain/exchange/copy';
import {
  OWN_TABLES,
  planImport,
  type ImportMode,
  type ImportPlan,
  type LocalView,
} from '../../domain/exchange/plan';
import { sharedToWrite, type SharedChoice } from '../../domain/exchange/shared-records';
import type { MeetingFile } from '../../domain/exchange/schemas';
import { exportMeetingJson, type MeetingRecords } from '../../domain/exchange/write';
import { referencedPersonIds } from '../../domain/exchange/references';
import type { Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

export type { ImportMode, ImportPlan };

/** How an import is to be written: the title a copy gets, and the shared records whose file version is taken. */
export interface ImportChoices {
  copyTitle?: (title: string) => string;
  /** Ids of differing people and definitions to replace with the file's version; none by default. */
  takeFile?: SharedChoice;
}

export interface ImportOutcome {
  meetingId: Id;
  /** Decisions whose register number was taken here and was changed. */
  renumbered: Renumbering[];
}

export interface ExchangeRepository {
  /** The exchange file of a meeting, as text. */
  exportMeeting(meetingId: Id): Promise<string>;
  /** The records of a meeting as a file would carry them. */
  readMeeting(meetingId: Id): Promise<MeetingRecords>;
  /** What importing `file` would do here (domain/exchange/plan.ts); nothing is written. */
  planImport(file: MeetingFile, mode?: ImportMode, choices?: ImportChoices): Promise<ImportPlan>;
  /** Plans again and applies the plan in one transaction, with the user's choices. */
  importMeeting(file: MeetingFile, mode: ImportMode, choices?: ImportChoices): Promise<ImportOutcome>;
}

export function exchangeRepository(db: TandemDatabase, context: WriteContext): ExchangeRepository {
  const tables = [
    db.meetings,
    db.attendance,
    db.people,
    db.agendaItems,
    db.conflictPoints,
    db.decisions,
    db.actionItems,
    db.knowledgeItems,
    db.parkingLot,
    db.definitions,
    db.speakerTurns,
    db.votes,
    db.roundEntries,
    db.mirrorRounds,
    db.ledgerEntries,
    db.ledgerReviews,
  ];

  async function read(meetingId: Id): Promise<MeetingRecords> {
    const meeting = await db.meetings.get(meetingId);
    if (!meeting) throw new Error(`No meeting ${meetingId}`);
    const own = {
      attendance: await db.attendance.where('meetingId').equals(meetingId).toArray(),
      agendaItems: await db.agendaItems.where('meetingId').equals(meetingId).toArray(),
      conflictPoints: await db.conflictPoints.where('meetingId').equals(meetingId).toArray(),
      decisions: await db.decisions.where('meetingId').equals(meetingId).toArray(),
      actionItems: await db.actionItems.where('meetingId').equals(meetingId).toArray(),
      knowledgeItems: await db.knowledgeItems.where('meetingId').equals(meetingId).toArray(),
      parkingLot: await db.parkingLot.where('meetingId').equals(meetingId).toArray(),
      speakerTurns: await db.speakerTurns.where('meetingId').equals(meetingId).toArray(),
      votes: await db.votes.where('meetingId').equals(meetingId).toArray(),
      roundEntries: await db.roundEntries.where('meetingId').equals(meetingId).toArray(),
      mirrorRounds: await db.mirrorRounds.where('meetingId').equals(meetingId).toArray(),
      ledgerEntries: await db.ledgerEntries.where('meetingId').equals(meetingId).toArray(),
      ledgerReviews: await db.ledgerReviews.where('meetingId').equals(meetingId).toArray(),
    };
    const people = await db.people.bulkGet([...referencedPersonIds(own)]);
    const definitions = await db.definitions.bulkGet(meeting.definitionIds);
    return {
      meeting,
      ...own,
      people: people.filter((person) => person !== undefined),
      definitions: definitions.filter((definition) => definition !== undefined),
    };
  }

  /** What the file meets here: the stored records with its ids, the meeting's own, the numbers in use. */
  async function localView(file: MeetingRecords): Promise<LocalView> {
    const meetingId = file.meeting.id;
    const stored = async <T extends OwnTableName>(table: T) =>
      (await ownTable(table).bulkGet(file[table].map((row) => row.id))).filter((row) => row !== undefined);
    const records = Object.fromEntries(
      await Promise.all(OWN_TABLES.map(async (table) => [table, await stored(table)] as const)),
    ) as unknown as LocalView['records'];
    const meetingRecordIds = new Set<Id>();
    for (const table of OWN_TABLES) {
      for (const id of await ownTable(table).where('meetingId').equals(meetingId).primaryKeys()) {
        meetingRecordIds.add(id);
      }
    }
    const found = <T>(rows: (T | undefined)[]) => rows.filter((row) => row !== undefined);
    const meeting = await db.meetings.get(meetingId);
    return {
      ...(meeting && { meeting }),
      records,
      people: found(await db.people.bulkGet(file.people.map((person) => person.id))),
      definitions: found(await db.definitions.bulkGet(file.definitions.map((d) => d.id))),
      decisions: (await db.decisions.toArray()).map(({ id, meetingId: of, number }) => ({
        id,
        meetingId: of,
        number,
      })),
      attendance: await db.attendance.where('meetingId').equals(meetingId).toArray(),
      roundEntries: await db.roundEntries.where('meetingId').equals(meetingId).toArray(),
      ledgerEntryIds: new Set(
        (await db.ledgerEntries.bulkGet(file.ledgerReviews.map((review) => review.entryId)))
          .filter((entry) => entry !== undefined && entry.deletedAt === undefined)
          .map((entry) => entry?.id ?? ''),
      ),
      meetingRecordIds,
    };
  }

  type OwnTableName = (typeof OWN_TABLES)[number];
  function ownTable(table: OwnTableName) {
    // Every own table is keyed by a string id and indexed by meetingId; the rows are read back per table.
    return db.table<{ id: Id; meetingId: Id }, Id>(table);
  }

  async function plan(file: MeetingRecords, mode: ImportMode, choices: ImportChoices) {
    const copyTitle = choices.copyTitle ?? ((title: string) => title);
    return planImport(file, await localView(file), mode, { newId: context.newId, copyTitle });
  }

  /** Applies a plan: the chosen shared records, then the meeting and its own records. */
  async function apply(planned: ImportPlan, takeFile: SharedChoice): Promise<ImportOutcome> {
    const shared = sharedToWrite(planned, takeFile);
    await db.people.bulkPut(shared.people);
    await db.definitions.bulkPut(shared.definitions);
    await db.attendance.bulkDelete(planned.replacedAttendance);
    await db.roundEntries.bulkDelete(planned.replacedRoundEntries);
    const { records } = planned;
    await db.meetings.put(records.meeting);
    await db.attendance.bulkPut(records.attendance);
    await db.agendaItems.bulkPut(records.agendaItems);
    await db.conflictPoints.bulkPut(records.conflictPoints);
    await db.decisions.bulkPut(records.decisions);
    await db.actionItems.bulkPut(records.actionItems);
    await db.knowledgeItems.bulkPut(records.knowledgeItems);
    await db.parkingLot.bulkPut(records.parkingLot);
    await db.speakerTurns.bulkPut(records.speakerTurns);
    await db.votes.bulkPut(records.votes);
    await db.roundEntries.bulkPut(records.roundEntries);
    await db.mirrorRounds.bulkPut(records.mirrorRounds);
    await db.ledgerEntries.bulkPut(records.ledgerEntries);
    await db.ledgerReviews.bulkPut(records.ledgerReviews);
    return { meetingId: planned.meetingId, renumbered: planned.renumbered };
  }

  return {
    async exportMeeting(meetingId) {
      const records = await db.transaction('r', tables, () => read(meetingId));
      return exportMeetingJson(records, context.now());
    },

    readMeeting(meetingId) {
      return db.transaction('r', tables, () => read(meetingId));
    },

    planImport(file, mode = 'update', choices = {}) {
      return db.transaction('r', tables, () => plan(file, mode, choices));
    },

    importMeeting(file, mode, choices = {}) {
      // Planned again inside the write: the plan applied is the one true of the database at that moment.
      return db.transaction('rw', tables, async () =>
        apply(await plan(file, mode, choices), choices.takeFile ?? new Set()),
      );
    },
  };
}
