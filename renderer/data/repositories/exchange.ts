/**
 * Export and import of whole meetings in the JSON exchange format (renderer/domain/exchange).
 * An export reads every table in one read transaction, so the file is one consistent moment.
 * An import writes every table in one read-write transaction: if anything fails — a constraint,
 * a full disk, a bug — IndexedDB rolls the transaction back and the database is exactly as before.
 */
import { fitDecisionNumbers, withFreshIds, type Renumbering } from '../../domain/exchange/copy';
import type { MeetingFile } from '../../domain/exchange/schemas';
import { exportMeetingJson, type MeetingRecords } from '../../domain/exchange/write';
import { referencedPersonIds } from '../../domain/exchange/references';
import type { Id } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';

/** 'copy' imports the meeting under fresh ids; 'update' overwrites the records with the same ids. */
export type ImportMode = 'copy' | 'update';

/** What an import would meet on this machine. */
export interface ImportPlan {
  /** The meeting itself is already here (possibly deleted). */
  meetingExists: boolean;
  /** How many of the file's meeting records (meeting included) already exist; people and definitions aside. */
  existingRecords: number;
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
  planImport(file: MeetingFile): Promise<ImportPlan>;
  importMeeting(file: MeetingFile, mode: ImportMode): Promise<ImportOutcome>;
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

  /** Each table of a meeting's own records, with the ids the file holds for it. */
  function ownIds(records: MeetingRecords) {
    const ids = (rows: readonly { id: Id }[]) => rows.map((row) => row.id);
    return [
      [db.attendance, ids(records.attendance)],
      [db.agendaItems, ids(records.agendaItems)],
      [db.conflictPoints, ids(records.conflictPoints)],
      [db.decisions, ids(records.decisions)],
      [db.actionItems, ids(records.actionItems)],
      [db.knowledgeItems, ids(records.knowledgeItems)],
      [db.parkingLot, ids(records.parkingLot)],
      [db.speakerTurns, ids(records.speakerTurns)],
    ] as const;
  }

  /**
   * Writes people and definitions, which other meetings here share: a copy adds only the missing
   * ones; an update also replaces those whose file version is at least as recent as the one here,
   * so importing an old file never undoes a later edit of a person's name.
   */
  async function writeShared(records: MeetingRecords, mode: ImportMode): Promise<void> {
    const wanted = <T extends { id: Id; updatedAt: string }>(
      incoming: readonly T[],
      local: (T | undefined)[],
    ) =>
      incoming.filter((record, index) => {
        const here = local[index];
        return here === undefined || (mode === 'update' && record.updatedAt >= here.updatedAt);
      });
    const people = await db.people.bulkGet(records.people.map((person) => person.id));
    await db.people.bulkPut(wanted(records.people, people));
    const definitions = await db.definitions.bulkGet(records.definitions.map((definition) => definition.id));
    await db.definitions.bulkPut(wanted(records.definitions, definitions));
  }

  /** On update, a local attendance row of the same person under another id would break the unique index. */
  async function dropReplacedAttendance(records: MeetingRecords): Promise<void> {
    const incoming = new Map(records.attendance.map((row) => [row.personId, row.id]));
    const local = await db.attendance.where('meetingId').equals(records.meeting.id).toArray();
    const replaced = local.filter(
      (row) => incoming.has(row.personId) && incoming.get(row.personId) !== row.id,
    );
    await db.attendance.bulkDelete(replaced.map((row) => row.id));
  }

  async function write(file: MeetingRecords, mode: ImportMode): Promise<ImportOutcome> {
    const records = mode === 'copy' ? withFreshIds(file, context.newId) : file;
    const incoming = new Set(records.decisions.map((decision) => decision.id));
    const stored = await db.decisions.toArray();
    const taken = new Set(stored.filter((d) => !incoming.has(d.id)).map((d) => d.number));
    const fitted = fitDecisionNumbers(records.decisions, taken);
    await writeShared(records, mode);
    if (mode === 'update') await dropReplacedAttendance(records);
    await db.meetings.put(records.meeting);
    await db.attendance.bulkPut(records.attendance);
    await db.agendaItems.bulkPut(records.agendaItems);
    await db.conflictPoints.bulkPut(records.conflictPoints);
    await db.decisions.bulkPut(fitted.decisions);
    await db.actionItems.bulkPut(records.actionItems);
    await db.knowledgeItems.bulkPut(records.knowledgeItems);
    await db.parkingLot.bulkPut(records.parkingLot);
    await db.speakerTurns.bulkPut(records.speakerTurns);
    return { meetingId: records.meeting.id, renumbered: fitted.renumbered };
  }

  return {
    async exportMeeting(meetingId) {
      const records = await db.transaction('r', tables, () => read(meetingId));
      return exportMeetingJson(records, context.now());
    },

    readMeeting(meetingId) {
      return db.transaction('r', tables, () => read(meetingId));
    },

    planImport(file) {
      return db.transaction('r', tables, async () => {
        const meetingExists = (await db.meetings.get(file.meeting.id)) !== undefined;
        let existingRecords = meetingExists ? 1 : 0;
        for (const [table, ids] of ownIds(file)) {
          existingRecords += (await table.where('id').anyOf(ids).primaryKeys()).length;
        }
        return { meetingExists, existingRecords };
      });
    },

    importMeeting(file, mode) {
      return db.transaction('rw', tables, () => write(file, mode));
    },
  };
}
